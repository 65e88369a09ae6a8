#!/usr/bin/env python3
"""Install EdgeBatch and everything it needs into the current Python, with pip only.

    python install.py            # EdgeBatch (editable) and its dependencies
    python install.py --tests    # ... plus the test dependencies (and llama_cpp.server, ctransformers)

llama-cpp-python has no wheels on PyPI and compiles (~8 minutes on 2 cores; pip caches the
wheel). Its default build uses -march=native, which on some CPUs that advertise AMX dies with
SIGILL. So this script sets CMAKE_ARGS explicitly:
  * `fast` (default where the CPU has AVX-512): AVX/AVX2/FMA/F16C/BMI2/AVX-512(+VNNI,BF16), AMX off;
  * `avx2`: for CPUs with AVX2 but no AVX-512;
  * `portable`: no SIMD beyond the x86-64 baseline (any x86-64 CPU, slower).
Choose with EDGEBATCH_LLAMA_BUILD=fast|avx2|portable, or set CMAKE_ARGS yourself to override.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LLAMA_CPP = "llama-cpp-python==0.3.36"
BUILDS = {
    "fast": "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON "
            "-DGGML_AVX512=ON -DGGML_AVX512_VNNI=ON -DGGML_AVX512_BF16=ON -DGGML_AVX_VNNI=ON "
            "-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF",
    "avx2": "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON "
            "-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF",
    "portable": "-DGGML_NATIVE=OFF -DGGML_AVX=OFF -DGGML_AVX2=OFF -DGGML_FMA=OFF -DGGML_F16C=OFF "
                "-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF",
}


def cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def choose_build() -> str:
    wanted = os.environ.get("EDGEBATCH_LLAMA_BUILD")
    if wanted:
        if wanted not in BUILDS:
            sys.exit(f"EDGEBATCH_LLAMA_BUILD must be one of {', '.join(BUILDS)}")
        return wanted
    flags = cpu_flags()
    if {"avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni"} <= flags:
        return "fast"
    if {"avx2", "fma", "f16c", "bmi2"} <= flags:
        return "avx2"
    return "portable"


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)


def wheel_dir(cmake_args: str) -> Path:
    """Built llama-cpp-python wheels, kept per set of CMake flags.

    pip's own wheel cache ignores CMAKE_ARGS, so it would hand back a wheel built for another
    CPU; this folder is keyed by the flags instead.
    """
    key = hashlib.sha256(f"{LLAMA_CPP} {cmake_args}".encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "edgebatch" / "wheels"
    return base / key


def install_llama_cpp(env: dict[str, str]) -> None:
    wheels = wheel_dir(env["CMAKE_ARGS"])
    if not any(wheels.glob("llama_cpp_python-*.whl")):
        print(f"compiling {LLAMA_CPP} (about 8-10 minutes on 2 cores; kept in {wheels})", flush=True)
        wheels.mkdir(parents=True, exist_ok=True)
        pip("wheel", "--no-cache-dir", "--no-deps", "-w", str(wheels), LLAMA_CPP, env=env)
    pip("install", "--force-reinstall", "--no-deps", "--no-index", "--find-links", str(wheels), LLAMA_CPP, env=env)
    # its pure-Python dependencies come from the index as usual
    pip("install", LLAMA_CPP, env=env)


def llama_cpp_works() -> bool:
    probe = "import llama_cpp; llama_cpp.llama_backend_init(); print(llama_cpp.llama_print_system_info().decode())"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    return result.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tests", action="store_true", help="also install the test dependencies")
    args = parser.parse_args()
    env = dict(os.environ)
    if "CMAKE_ARGS" not in env:
        build = choose_build()
        env["CMAKE_ARGS"] = BUILDS[build]
        print(f"llama-cpp-python build: {build} ({env['CMAKE_ARGS']})", flush=True)
    if not llama_cpp_works():
        install_llama_cpp(env)
    # tests also run llama-cpp-python's HTTP server (endpoint engine) and check the ctransformers engine
    extra = "[test,llama-server,ctransformers]" if args.tests else ""
    pip("install", "-e", f"{HERE}{extra}", env=env)
    if not llama_cpp_works():
        sys.exit("llama-cpp-python does not load on this CPU: retry with EDGEBATCH_LLAMA_BUILD=portable "
                 "(the probe runs llama.cpp's CPU init and fails on unsupported instructions)")
    print("EdgeBatch installed. Try: python -m edgebatch --help", flush=True)


if __name__ == "__main__":
    main()
