"""PDF documents: the text layer, page by page (``pypdf``). Scans without text are errors."""

from __future__ import annotations

import io
import logging


def pdf_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings may quote content
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None, "encrypted_pdf", "the PDF is encrypted"
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return None, "malformed_pdf", f"the PDF cannot be parsed ({type(exc).__name__})"
    except Exception as exc:  # pypdf raises many kinds on broken files; never crash a submit
        return None, "malformed_pdf", f"the PDF cannot be parsed ({type(exc).__name__})"
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        return None, "no_text_layer", "the PDF has no text layer (a scan?); OCR it first"
    return text, None, None
