"""Word lists for name detection: name gazetteers, places, deny-lists and stop words.

All sets hold lower-case words. ``FIRST_NAMES``/``SURNAMES`` are hand-written common given
names and surnames (the strongest gazetteer evidence); ``CENSUS_FIRST_NAMES``,
``CENSUS_SURNAMES`` and ``CITIES`` are larger lists built by ``scripts/build_redaction_lists.py``
from US Census 1990 names (public domain) and GeoNames cities (CC BY 4.0), without ordinary
English words. They are a recall aid at moderate score, never a complete inventory.
"""

from __future__ import annotations

from importlib import resources


def _words(block: str) -> frozenset[str]:
    return frozenset(w.lower() for w in block.split())


FIRST_NAMES = _words("""
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose
adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce
gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell
bobby mason philip louis harry howard fred earl jimmy antonio luis mike danny leonard dale
manuel rodney curtis norman allen marvin vernon glenn jeffery travis chad lee melvin alfred
francis bradley jesus herbert frederick ray joel edwin don eddie ricky troy randall barry
bernard mario leroy francisco marcus micheal theodore clifford miguel oscar jay jim tom calvin
alex jon ronnie bill lloyd tommy leon derek warren darrell jerome floyd leo alvin tim wesley
gordon dean greg jorge dustin pedro derrick dan lewis zachary corey herman maurice vernon
roberto clyde glen hector shane ricardo sam rick lester brent ramon charlie tyrone gilbert
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
janice jean abigail alice judy sophia julia denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori tammy tiffany
irene jane wanda bonnie norma phyllis paula peggy annie lillian emily esther ellen rita
agnes edna ethel mildred gladys thelma lucille eleanor florence louise clara josephine
sylvia vera jill erin tina kathy wendy vanessa yolanda sherry connie tracy stacy elaine
carmen rosa lucy ana maribel guadalupe leticia juanita dolores kristen kristin allison
alicia jenny joanne holly erica valerie veronica suzanne colleen claire caroline courtney
bethany brianna chloe grace haley jasmine jocelyn kaitlyn kathy leah lydia mia molly natasha
paige priya raquel sabrina sierra sonia tanya yvonne zoe ava ella harper aria layla riley
nora zoey hazel aurora savannah audrey brooklyn bella claire skylar lucy penelope
mohammed muhammad ahmed ali omar hassan fatima aisha wei li chen ming hiroshi yuki kenji
raj amit ravi anil sunil deepak vijay arjun rahul sanjay ananya pooja neha
""")

SURNAMES = _words("""
smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
wilson anderson thomas taylor moore jackson martin lee perez thompson harris sanchez clark
ramirez lewis robinson walker allen wright torres nguyen flores adams nelson hill campbell
mitchell roberts carter phillips evans turner diaz parker cruz edwards collins reyes stewart
morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly
howard ramos kim cox richardson watson brooks chavez wood james bennett gray mendoza ruiz
hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins
perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons
romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole
hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall
owens harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman
webb tucker guzman burns crawford olson simpson porter hunter gordon mendez silva shaw
snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone
salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto
weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen
peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane
riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards
contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega
watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin
carlson austin dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver
jensen harvey williamson gilbert dean sims espinoza howell li wong reid hanson le mccoy
garrett burton fuller wang weber welch rojas lucas marquez fields park yang little banks
padilla day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez
newman pearson curtis cortez douglas schneider joseph barrett navarro figueroa keller avila
wade molina stanley hopkins campos barnett bates chambers caldwell beck lambert miranda byrd
craig ayala lowe frazier powers neal leonard gregory carrillo sutton fleming rhodes shelton
schwartz norris jennings watts duran walters cohen mcdaniel moran parks steele vaughn becker
holt deleon barker terry hale leon hail benson haynes horton miles lyons pham graves bush
thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy
love robles cervantes solis erickson reeves chang klein salinas fuentes baldwin daniel
simon velasquez hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa
dennis robbins liu ramsey francis griffith paul blair oconnor cardenas pacheco cross calderon
quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson christensen
manning gill curry mclaughlin harmon mcgee gross doyle garner newton burgess reese walton
blake trujillo adkins brady goodman roman webster goodwin fischer huang potter delacruz
montoya todd wu hines mullins castaneda malone cannon tate mack sherman hubbard hodges zhang
guerra wolf valencia saunders franco rowe gallagher farmer hammond hampton townsend ingram
wise gallegos clarke barton schroeder maxwell waters logan camacho strickland norman person
colon parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler
suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller
hartman french kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates
hogan marsh macias villanueva zamora pratt stokes owen ballard lang brock villarreal charles
drake barrera cain patrick pineda burnett mercado santana shepherd bautista ali shaffer
lamb trevino mckenzie hess beil olsen cochran morton nash wilkins petersen briggs shah roth
nicholson holloway lozano flowers rangel hoover arias short mora valenzuela bryan meyers
weiss underwood bass greer summers houston carson morrow clayton whitaker decker yoder
collier zuniga carey wilcox melendez poole roberson larsen conley davenport copeland massey
lam huff rocha cameron jefferson hood monroe anthony pittman huynh randall singleton kirk
combs mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges
bruce atkinson velez meza roy vincent york hodge villa abbott allison tapia gates chase sosa
sweeney farrell wyatt dalton horn barron phelps yu dickerson heath foley atkins mathews
bonilla acevedo benitez zavala hensley glenn cisneros harrell shields rubio choi huffman
boyer garrison arroyo bond kane hancock callahan dillon cline wiggins grimes arellano melton
oneill savage ho beltran pitts parrish ponce rich booth koch golden ware brennan mcdowell
marks cantu humphrey baxter sawyer clay tanner hutchinson kaur berg wiley gilmore russo
villegas hobbs keith wilkerson ahmed beard mcclain montes mata rosario vang walter henson
oneal mosley mcclure beasley stephenson snow huerta preston vance barry johns eaton blackwell
dyer prince macdonald solomon guevara stafford english hurst woodard cortes shannon kemp
nolan mccullough merritt murillo moon salgado strong kline cordova barajas roach rosas
winters jacobson lester knox bullock kerr leach meadows orr davila whitehead pruitt kent
conway mckee barr david dejesus marin berger mcintyre blankenship gaines palacios cuevas
bartlett durham dorsey mccall odonnell stein browning stout lowery sloan mclean hendricks
calhoun sexton chung gentry hull duarte ellison nielsen gillespie buck middleton sellers
leblanc esparza hardin bradshaw mcintosh howe livingston frost glass morse knapp herman stark
bravo noble spears weeks corona frederick buckley mcfarland hebert enriquez hickman quintero
randolph schaefer walls trejo house reilly pennington michael conrad giles benjamin crosby
fitzpatrick donovan mays mahoney valentine raymond medrano hahn mcmillan small bentley felix
peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava ayers everett ventura
avery pugh mayer bender shepard mcmahon landry case sampson moses magana blackburn dunlap
gould duffy vaughan herring mckay espinosa rivers farley bernard ashley friedman potts
truong costa correa blevins nixon clements fry delarosa best benton lugo portillo dougherty
crane haley phan villalobos blanchard horne finley quintana lynn esquivel bean dodson mullen
xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos booker waller
parra woodward jaramillo krueger rasmussen brandt peralta donaldson stuart faulkner maynard
galindo coffey estes sanford burch maddox vo oconnell vu andersen spence mcpherson church
schmitt stanton leal cherry compton dudley sierra pollard alfaro hester proctor lu hinton
novak good madden mccann terrell jarvis dickson reyna cantrell mayo branch hendrix rollins
rowland whitney duke odom daugherty travis tang archer
kowalski nowak novak ivanov petrov smirnov kuznetsov popov muller schmitz fischer becker
rossi russo ferrari esposito bianchi romano colombo ricci tanaka suzuki takahashi watanabe
yamamoto nakamura kobayashi sato ito kato yoshida singh kumar sharma gupta reddy nair iyer
""")

#: Common given names and surnames that are also English words ('SON MARK', 'DR. YOUNG').
WORD_FIRST_NAMES = _words("""
mark pat sue robin bob deb dawn grace hope joy faith rose bill frank earl dean don art ray rich
will june april may august sal bud gene chip buck sandy misty penny candy ginger summer autumn
""")
WORD_SURNAMES = _words("""
king young brown white black green baker hill stone long bell ward march price page fox gray grey
wood woods rice lane park cook cross hunt rich love short little small strong sharp frost snow
day may west north south east hall house church field fields rivers waters banks
""")
#: Of those, the ones the stop and report words hold: after a title ('DR. MARCH') or a relative
#: ('DAUGHTER JUNE') they are names all the same.
NAME_STOPWORDS = _words("will june april may august march ward day west north south east house hall rich little small")
#: ... and the ones that are also auxiliary verbs: 'SON WILL CALL' is no name, 'SON WILL IN CHATHAM' is.
AUXILIARY_NAMES = _words("will may")

#: Medical eponyms and terms that look like names but must never be masked as names.
EPONYMS = _words("""
foley whipple glasgow parkinson parkinsons hodgkin hodgkins crohn crohns babinski murphy
doppler swan ganz swan-ganz apgar bell bells cushing cushings addison addisons graves
alzheimer alzheimers down downs wilms kerley hounsfield fleischner barrett barretts
hashimoto hashimotos raynaud raynauds sjogren sjogrens guillain barre kawasaki kaposi
kussmaul cheyne korotkoff mallory weiss wernicke korsakoff tourette huntington
huntingtons gehrig bence epstein barr sternberg trendelenburg 
valsalva heimlich romberg kernig brudzinski homan homans mcburney rovsing chvostek trousseau
 blumberg bankart colles monteggia galeazzi
jefferson lisfranc salter rolando 
gleason breslow bosniak birads bi-rads lirads li-rads tirads ti-rads
hartmann roux billroth nissen heller kocher pfannenstiel mcmurray lachman phalen tinel
finkelstein ortolani barlow scarpa poupart alcock morison
morisons meckel meckels zenker zenkers schatzki virchow virchows 
osler rendu marfan marfans ehlers danlos klinefelter noonan 
patau parkinson-white brugada holter framingham 
caprini meld ranson ransons apache glasgow-blatchford rockall alvarado
hinchey bismuth klatskin courvoisier charcot whipples kehr cullen grey 
mcmurray lhermitte uhthoff devic gunn argyll horner horners adie
pancoast bochdalek morgagni ebstein fallot eisenmenger kartagener dressler prinzmetal
takotsubo takayasu buerger wegener churg strauss henoch schonlein goodpasture alport
 fanconi bartter gitelman conns liddle waldenstrom burkitt burkitts ewing ewings
 gaucher niemann tay sachs fabry pompe hurler sanfilippo
lyme bartholin skene cowper gartner hirschsprung peyronie dupuytren ledderhose
paget pagets bowen bowens merkel kaposis spitz kiesselbach 
wharton stensen santorini wirsung vater oddi treitz auerbach meissner kupffer disse
glisson couinaud cantlie calot hesselbach grynfeltt scarpa colles 
denonvilliers retzius gerota zuckerkandl luschka magendie monro sylvius
willis galen rosenthal labbe trolard broca wernickes heschl brodmann purkinje betz schwann
ranvier nissl golgi langerhans leydig sertoli graafian fallopian eustachian haversian
volkmann sharpey hilton chopart lisfranc achilles
simpson simpsons
mallampati asperger aspergers jackson-pratt parkinsonism
judkins amplatz weber rinne stenger duffy kidd kell coombs lynch kirby-bauer muir-torre cowden peutz-jeghers
roth janeway miranda tarasoff epworth
braxton hicks fitzpatrick schirmer waddell faber hoehn yahr epley kegel mohs lawton hoover rey
huber beighton rankin westley
hoyer quinton karnofsky barthel aldrete frankl
""")

#: Report vocabulary and section headers that are never names.
REPORT_WORDS = _words("""
impression findings finding comparison technique history indication indications clinical
conclusion conclusions procedure procedures report result results exam examination study
studies patient name date dob mrn sex gender age male female physician referring ordering
attending radiologist technologist dictated signed electronically transcribed reviewed
interpreting reading ref requesting consulting admitting performing supervising
addendum assessment plan diagnosis diagnoses recommendation recommendations summary note progress
notes discharge admission admitted transfer transferred consult consultation reason
complaint chief present illness medications medication allergies allergy vitals vital
signs labs laboratory imaging views view contrast ct mri mra cta xray x-ray ultrasound us
pet spect echo ekg ecg eeg emg chest abdomen pelvis head neck spine brain heart lung lungs
liver kidney kidneys left right bilateral anterior posterior lateral medial normal abnormal
negative positive unremarkable stable unchanged mild moderate severe acute chronic small
large no none new old prior previous follow followup follow-up status post pain fever
cough shortness breath nausea vomiting diarrhea emergency department room er ed icu
ward floor unit service hospital clinic center medical health home nursing rehab
cc fax tel ext phone email address city state zip street apt suite code ssn id account
acct policy accession number no mr ms mrs dr prof md do rn np pa pa-c phd dds
triage primary charge esq facp facs facr faap mph msw licsw lcsw lmhc nnp fnp crna dnp aprn psy au
background gait claimant examinee pager pgr beeper
relation dose manufacturer assault psychiatrist investigator examiner medicolegal associate det death license licence
npi dea upin
complete limited focused
pleura pleural mediastinum mediastinal hila hilar airways airway bones osseous vasculature
aorta thyroid pancreas spleen gallbladder adrenals bowel bladder prostate uterus ovaries
""")

#: Common English words (upper-case clinical text makes everything look capitalised).
STOPWORDS = _words("""
a an the and or but nor for yet so of in on at by to from with without within into onto
upon over under above below between among through during before after since until while
as if than then that this these those there here where when why how what which who whom
whose is are was were be been being am has have had having do does did done doing will
would shall should can could may might must not no yes ok okay all any some each every
both either neither few many much more most other another such same own only just also
very too quite rather again once twice per via vs versus re about around near next last
first second third he she it they we you i me him her them us my his its our your their
mine hers ours yours theirs himself herself itself themselves myself yourself ourselves
called named is aware notified informed spoke discussed updated contacted at bedside
please thanks thank regards dear hello hi sincerely today tomorrow yesterday tonight
morning afternoon evening night day week month year years days weeks months hours hour
minutes minute time am pm daily bid tid qid prn po iv im sq sc mg mcg ml cc kg lb lbs cm mm
yo y/o yr yrs old year-old f m pt pts pt's patient's family wife husband son daughter
mother father sister brother friend spouse partner caregiver nurse doctor staff team dtr dtrs dau
also still now later soon well good fair poor better worse improved improving worsening
will start started continue continued stop stopped hold held give gave given take taken see
seen saw note noted report reported states stated says said denies denied reports endorse
endorses admits admitted presents presented found shows showed showing demonstrates
likely possible probable consistent suggest suggests suggestive concern concerning
without evidence otherwise known unknown remains remained appears appeared seems
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
north south east west northern southern eastern western upper lower mid central
street avenue road drive lane boulevard court place way suite box po
inc llc ltd corp co company group university college school
call calls return returned returns go going went come came coming get got back
asks asked asking wants wanted wanting refuses refused refusing requests requested requesting rec recs
attends attended tolerated tolerating tolerates agrees agreed understands understood prefers preferred declined declines
plans planned planning arrives arriving arrived died dies dying hopes hoped
""")

#: Single words that are common English words too; never masked on gazetteer evidence alone.
AMBIGUOUS = _words("""
will bill mark grant rose may june april august hope faith joy grace summer dawn
ray art chase page case lane park west stone rice bush banks fields hill wood woods
long young white black brown green gray grey king bell cook baker carter hunter
price ward street house church rich love best good short little small strong hale
hall moss frank earl dean don sun gay sharp cross day french english swift holmes
power powers rivers waters snow frost glass story hardy guy jack joe sam pat
daniel paul james thomas george henry francis charles lewis joseph david simon michael
lee jordan taylor morgan kelly ryan riley allen miles bond gates mays wise person
major judge marsh mason fisher parker porter miller walker turner cooper carpenter
potter hunt hood lamb fox wolf bird crane drake hawk swan finch
lynn glen glenn dale clay cliff rock forest brook brooks heath
christian house virginia carolina georgia dakota montana nevada washington houston
savannah aurora hazel ivy olive jade ruby pearl amber crystal holly iris daisy lily
victoria sierra denise camp law mills may hope pace case gross mark cole cain
le li lu lin lam lim ho vo vu yu wu
wall branch horn colon
""") | WORD_FIRST_NAMES | WORD_SURNAMES

#: Words that end an organisation name and make it a health care facility.
FACILITY_WORDS = (
    "Hospital", "Hospitals", "Hosp", "Clinic", "Clinics", "Medical Center", "Medical Centre",
    "Health System", "Health", "Healthcare", "Health Care", "Infirmary", "Deaconess", "Sanatorium",
    "Nursing Home", "Rehabilitation Center", "Rehab", "Hospice", "Medical Group",
    "Cancer Center", "Children's Hospital", "Surgery Center", "Surgical Center",
    "Imaging Center", "Imaging", "Radiology", "Laboratories", "Laboratory", "Labs",
    "Pharmacy", "Urgent Care", "Memorial", "Institute", "University", "College",
    "General", "Good Samaritan", "Samaritan", "Regional Medical Center", "Medical Centre", "Polyclinic", "Hospice",
    "Health Center", "Health Centre", "Community Health", "Nursing Facility", "Care Center",
    "Skilled Nursing", "Assisted Living", "Rehabilitation Hospital", "Surgical Hospital",
    "Medical Practice", "Family Practice", "Group Practice", "Kliniken", "Klinik", "Diagnostics",
    # long-term care as notes name it: 'HEBREW REHAB CENTER', 'ST. JOSEPH MANOR', 'BAY VIEW NURSING AND REHAB'
    "Rehab Center", "Rehab Centre", "Rehab Hospital", "Rehabilitation", "Nursing Center", "Nursing and Rehab",
    "Nursing and Rehabilitation", "Nursing & Rehab", "Rehabilitation and Nursing", "Rehab and Nursing", "Manor",
    "Senior Living", "Healthcare Center",
    "Senior Residence", "Retirement Community", "Retirement Home",  # 'Elm Ridge Senior Residence'
    # home care, transport, practices named by their specialty, insurers, courts, shelters, places of
    # worship: 'Greater Lynn VNA', 'Brewster Ambulance', 'Harbor Pediatrics', 'Tufts Health Plan',
    # 'Lynn District Court', 'Pine Street Inn', 'Grace Chapel' (a name of specialty words alone,
    # 'Movement Disorders Clinic', is a hospital's department and is left)
    "VNA", "Visiting Nurses", "Visiting Nurse Association", "Visiting Nurse Service", "Home Care", "Home Health",
    "Home Health Care", "Ambulance", "Ambulance Service", "Pediatrics", "Orthopedics", "Orthopaedics", "Dermatology",
    "Cardiology", "Primary Care", "Internal Medicine", "Family Medicine", "Health Plan", "District Court",
    "Probate Court", "Superior Court", "Housing Court", "Juvenile Court", "Shelter", "Inn", "YMCA", "YWCA",
    "Church", "Chapel", "Synagogue", "Mosque", "Pavilion",
    # British, Irish and Australian services and units, renal centres, parishes and chemists: 'Riverside Rural
    # Health Service', 'Elm Community Nursing Unit', 'Eastfield Kidney Centre', 'St Ita's Parish', 'Elm Apothecary'
    "Health Service", "Health Services", "Nursing Unit", "Kidney Center", "Kidney Centre", "Dialysis Center",
    "Dialysis Centre", "Dialysis Unit", "Renal Unit", "Parish", "Apothecary", "Drug Store", "Drugstore", "Chemist",
    "Chemists",
    # practices, dialysis units, sleep labs, prisons and schools as notes name them: 'Copper Hill Neurology',
    # 'Lakeside Dialysis', 'Northgate Sleep Lab', 'Pine Ridge Correctional Facility', 'Adams Middle School'
    "Neurology", "Dialysis", "Sleep Lab", "Sleep Center", "Sleep Centre", "Correctional Facility",
    "Correctional Center", "Correctional Institution", "Detention Center", "Middle School", "High School",
    "Elementary School", "County Jail", "Jail", "Daycare", "Day Care", "Preschool", "Infusion Center", "Home Infusion",
    "Healthcare System",
    # practices named by a specialty, law firms and treatment programmes: 'Capital Otolaryngology', 'Elm Foot &
    # Ankle', 'Birch Law Group', 'Oak Street Recovery Services' (specialty words alone stay a department)
    "Otolaryngology", "Neuropsychology", "Rheumatology", "Podiatry", "Urology", "Urology Group", "Gastroenterology",
    "Ophthalmology", "Ear Nose Throat", "Ear Nose and Throat", "Foot & Ankle", "Foot and Ankle", "Law Group",
    "Law Firm", "Law Offices", "Injury Attorneys", "Recovery Services", "Recovery Center", "Treatment Center",
    "Anticoagulation Service", "Women's and Infants", "Women and Infants", "Women & Infants",
    # practices, labs, child care, advocacy and public agencies of a town or county: 'Elm Oncology', 'Axis
    # Toxicology', 'Acorn Learning Center', 'Elm Advocacy Center', 'Pike County Health Department', 'Elm Police
    # Department' (specialty words alone, 'Radiation Oncology', 'Forensic Toxicology', stay a department)
    "Oncology", "Toxicology", "Learning Center", "Advocacy Center", "Counseling Center", "Health Department",
    "Police Department", "Fire Department", "Sheriff's Office", "Sheriff's Department", "County Sheriff",
    # elder-care agencies as nursing notes name them: 'Greater Elm Senior Services', 'North Shore Elder Services'
    "Senior Services", "Elder Services",
    # skilled-nursing homes as discharge plans name them: 'Elm Ridge Skilled Care'
    "Skilled Care",
    # dental labs, school districts and the trades and mills that employ patients: 'Larch Dental Lab', 'Oak Central
    # School District', 'Birch Excavating', 'Larch Precision Machining', 'Oak Paper Mill', 'Birch Cooperative Creamery'
    "Dental Lab", "Dental Laboratory", "School District", "Central School District", "Excavating", "Excavation",
    "Machining", "Plumbing", "Roofing", "Trucking", "Landscaping", "Paving", "Paper Mill", "Creamery",
    # funeral homes a death note names, air ambulances of a transfer and farm co-operatives ('Elm & Sons Funeral
    # Home', 'Birch Mortuary', 'Lakes Air Medical', 'Oak Dairy Cooperative')
    "Funeral Home", "Funeral Homes", "Funeral Chapel", "Funeral Service", "Funeral Services", "Mortuary", "Crematory",
    "Air Medical", "Cooperative",
    # a cardiology or diabetes group, a state prison, a VA medical centre, treatment programmes and the agencies of
    # transplant, custody and child welfare: 'Elm Cardiology Group', 'Oak Diabetes Center', 'Birch State Prison',
    # 'Larch VAMC', 'Elm Treatment Services', 'Oak County Circuit Court', 'Birch Housing Authority', 'Elm County
    # Medical Examiner', 'Oak Eye Bank', 'Birch Tissue Services', 'Elm Transplant Center', 'Oak Gift of Life Alliance',
    # a QIO, employers and home-equipment suppliers ('Elm Ridge Freight', 'Oak Bay Cannery', 'Birch Home Respiratory');
    # a hospital's blood bank and a state's chief medical examiner are departments and offices
    "Cardiology Group", "Diabetes Center", "Diabetes Centre", "State Prison", "Prison", "Penitentiary", "VAMC",
    "VA Medical Center", "Treatment Services", "Treatment Program", "Circuit Court", "County Court",
    "Housing Authority", "Child Welfare", "County Medical Examiner", "County Coroner", "Histocompatibility Lab",
    "Histocompatibility Laboratory", "Transplant Center", "Transplant Centre", "Eye Bank", "Tissue Bank",
    "Eye Center", "Eye Centre", "Eye Institute", "Eye Associates", "Eye Clinic", "Eye Care",
    "Tissue Services", "Sleep Disorders Center", "Sleep Disorders Centre", "EEG Lab", "Forensic Lab", "Crime Lab",
    "Alliance", "Quality Improvement Organization", "Freight", "Cannery", "Home Respiratory", "Home Medical",
    # outside pathology and draw sites, repair and billing vendors, transport and volunteer-driver services, claims
    # and infusion companies, community teams and legal advocates: 'Elm Dermpath Lab', 'Oak Outpatient Lab', 'Birch
    # Repair Center', 'Larch Billing', 'Elm Medical Transport', 'Oak Volunteer Drivers', 'Birch Family Health Team'
    "Dermpath Lab", "Outpatient Lab", "Repair Center", "Repair Centre", "Repair Services", "Billing",
    "Medical Transport", "Volunteer Drivers", "Claims Services", "Infusion Services", "Family Health Team",
    "Community Respiratory Team", "Telehealth Hub", "Legal Advisors", "Bakery", "Elementary", "Skin & Laser",
)

#: abbreviated months (no "may", a word): 'Audiogram Jul 5' is a date, not a street or a name
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

#: The fifty US states by name ('in Elmton, Vermont'); the five that are also words or names (Georgia, Montana,
#: Nevada, Virginia, Washington) are no place alone
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
_STATE_WORDS = frozenset("Georgia Montana Nevada Virginia Washington".split())

#: Country and US state names, masked as LOCATION at low score.
PLACES = frozenset(s.lower() for s in US_STATE_NAMES if s not in _STATE_WORDS) | frozenset(p.lower() for p in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
Botswana|Brazil|Brunei|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chile|China|Colombia|
Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Germany|Ghana|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|
Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|
Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|
Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Singapore|Slovakia|Slovenia|
Somalia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Uganda|
Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|
Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|
Baltimore|Boston|Chicago|Los Angeles|San Francisco|Seattle|Philadelphia|Detroit|Atlanta|
Miami|Dallas|Denver|Phoenix|Cleveland|Pittsburgh|Minneapolis|Annapolis|Brooklyn|Bronx|
London|Paris|Berlin|Madrid|Rome|Vienna|Prague|Warsaw|Budapest|Oslo|Stockholm|Helsinki|
Copenhagen|Dublin|Lisbon|Amsterdam|Brussels|Athens|Moscow|Tokyo|Beijing|Toronto|Sydney
""".replace("\n", "").split("|"))

#: US state postal abbreviations (address context for ZIP codes).
STATE_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
).split()

#: Never a name, in any context: eponyms, report words and stop words.
NOT_A_NAME = EPONYMS | REPORT_WORDS | STOPWORDS

#: Clinical abbreviations, anatomy and scales that are also names or towns in the big lists.
MEDICAL_TERMS = _words("""
culture cultures levo wean klebsiella pseudomonas enterococcus staphylococcus streptococcus serratia enterobacter
acinetobacter citrobacter morganella proteus providencia stenotrophomonas clostridium bacteroides
placenta placentas autopsy chorion amnion
advil aleve datscan asa lue rue lle rle mae vena cava carina pons endo nitro tarsus talus ros ana tia mac von moya
magna para gravida braden morse siemens philips toshiba hologic chiari lindau haglund weil geiger
dix hallpike fowler fowlers semi-fowler trendelenburg nora sats vanco zosyn neuro resp heme onc
abd npo prn hcp cmo dnr dni pna chf copd cabg lasix coumadin heparin versed ativan haldol
levophed neo dopa amio dilt propofol fentanyl dilaudid protonix pepcid colace senna flagyl
cipro bactrim ancef unasyn lovenox plavix lopressor norvasc keppra dilantin tegretol zofran
reglan toradol tylenol motrin lantus humalog novolog glargine ivf prbc ffp cryo picc swan ganz
tte tee cath ercp egd kub abg vbg cpap bipap peep riss gtt tmax lytes coags trop bnp
hickman cordis bair hugger giraffe isolette dobhoff shiley passy muir pleur-evac flexiseal mepilex xeroform
duoderm allevyn tegaderm ballard perl perrla rass ciwa apgars promote nepro jevity pulmocare impact
moca mmse nihss phq audit-c cows gad cha ds vasc chads chads2 hasbled has-bled curb timi
zyprexa narcan seroquel flomax suboxone subutex percocet oxycontin vicodin norco depakote lamictal abilify
risperdal geodon invega latuda clozaril klonopin xanax valium restoril ambien zoloft prozac lexapro celexa
paxil wellbutrin effexor cymbalta remeron buspar vivitrol campral antabuse chantix nicoderm lipitor crestor
zocor synthroid glucophage januvia jardiance farxiga ozempic trulicity victoza levemir toujeo entresto coreg
toprol cardizem keflex augmentin zithromax levaquin rocephin diflucan valtrex tamiflu medrol solumedrol
decadron ventolin proventil atrovent spiriva advair symbicort singulair duoneb combivent pulmicort xopenex
nexium prilosec miralax dulcolax imodium lomotil neurontin lyrica ultram robaxin flexeril mobic celebrex
imdur nitrostat ranexa aldactone bumex demadex zestril vasotec cozaar diovan aricept namenda sinemet
requip mirapex cogentin topamax trileptal vimpat eliquis xarelto pradaxa brilinta effient pitocin cytotec
rhogam epogen procrit neupogen neulasta humira enbrel remicade plaquenil macrobid proscar avodart detrol
ditropan similac enfamil neosure pedialyte curosurf survanta infasurf ebm esi vapotherm bili etoh cha2ds2-vasc
stryker zimmer medtronic ethicon biomet depuy synthes arthrex storz covidien
prevnar rotateq gardasil shingrix pneumovax boostrix adacel pediarix vaxelis palforzia visipaque omnipaque isovue
xience phonak oticon typenex quantiferon rotavirus influenza
sitter specimen vaccine diagnostic tumor wt ht dx audiologist repeat intake hx crossmatched handoff sbar cascade
biktarvy descovy truvada prep glucola hep fhx biopsy pus audiogram tympanometry
grass ragweed medicare medicaid coli aureus pylori diff difficile aeruginosa pneumoniae faecalis epidermidis
cr plt hgb tdap cane copay urine syphilis regimen glidescope npep bruising coarse cont nsclc vision igra rx
groshong broviac wenckebach mobitz schatzker chagas tinetti jeor analyzer analyser physiatrist registrar malaria od fim
vancomycin sulfa sulfonamide hct kerlix wound lymph node nodes
posey yankauer roho kinair beneprotein
alert tamsulosin donepezil
""")

#: Hospital departments, services and specialties: 'Seen by Physical Therapy', 'Movement Disorders
#: Clinic', 'Department of Neurology' name a service of the hospital the patient is in, not an
#: identifying organisation. Entities and facility names made only of them are not masked.
DEPARTMENTS = _words("""
physical occupational speech respiratory therapy therapies pt ot slp rt social work worker case management
nutrition dietary chaplaincy spiritual pastoral palliative psychiatry psychiatric psychology neurology
neurosurgery neurological cardiology cardiac cardiothoracic thoracic vascular nephrology renal urology oncology
hematology heme-onc gastroenterology gi hepatology pulmonology pulmonary interventional endocrinology endocrine
rheumatology
dermatology ophthalmology optometry otolaryngology ent orthopedics orthopaedics orthopedic ortho podiatry
infectious disease diseases geriatrics geriatric gerontology pediatrics pediatric neonatology obstetrics
gynecology ob gyn ob/gyn anesthesia anesthesiology radiology pathology emergency medicine internal family
general surgery surgical trauma critical care intensive transplant plastic bariatric sleep pain wound
ostomy allergy immunology genetics movement disorders disorder memory headache epilepsy stroke neuromuscular
behavioral mental addiction substance abuse interpreter interpreters division department dept service
services consult consults team program triage dispo disposition progress psych peds neuro cards heme onc partial
fracture falls continence diabetes antenatal fertility anticoagulation haematology anaesthesia anaesthetics
gynaecology paediatrics paediatric orthopaedic
inpatient outpatient clinical toxicology forensic radiation infection prevention control child rheum
pre-operative preoperative pre-op preop assessment hiv certification communicable imaging breast
financial counselor counselors counsellor counsellors counseling counselling
""")

#: The boilerplate of contracts, bank letters and insurers' notices: 'Receiving Party', 'Confidential Information',
#: 'Effective Date', 'General Counsel', 'Member Services', 'Card Services - Dispute Resolution', 'Federal Reserve',
#: 'Fair Credit Billing Act'. An entity the statistical model finds made only of these (and the other deny-listed
#: words) names no one; a name among them ('Tidewater Federal Credit Union') keeps the entity.
DOCUMENT_WORDS = _words("""
party parties receiving disclosing effective confidential confidentiality information agreement engagement
letter standard terms conditions authorization authorisation determination utilization utilisation management
member members counsel credit billing act dispute disputes resolution card federal reserve consumer financial
protection bureau strategic sourcing fraud investigations investigation officer reviewer whereof notice notices
governing law statement payment customer appeals grievance coverage benefits privacy
via email e-mail mail first class first-class certified registered return receipt requested hand delivery overnight
courier facsimile fax electronic mutual non disclosure non-disclosure nondisclosure
""")

_DATA = resources.files(__package__) / "data"


def _data_words(name: str) -> frozenset[str]:
    try:
        text = (_DATA / name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):  # pragma: no cover - data files ship with the package
        return frozenset()
    return frozenset(w for w in text.splitlines() if w) - NOT_A_NAME - MEDICAL_TERMS


#: Census 1990 given names and surnames (0.001 %+), without ordinary English words.
CENSUS_FIRST_NAMES = _data_words("first_names.txt")
CENSUS_SURNAMES = _data_words("surnames.txt")
#: GeoNames cities (15,000 people or more; US from 5,000), without ordinary English words.
CITIES = _data_words("cities.txt") - FIRST_NAMES - SURNAMES
#: Every given name and surname any list knows.
ALL_FIRST_NAMES = FIRST_NAMES | CENSUS_FIRST_NAMES | (WORD_FIRST_NAMES - NAME_STOPWORDS)
ALL_SURNAMES = SURNAMES | CENSUS_SURNAMES | (WORD_SURNAMES - NAME_STOPWORDS)
