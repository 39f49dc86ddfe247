"""A protoc plugin (CodeGeneratorRequest on stdin, CodeGeneratorResponse on
stdout) that produces grpcio's ``*_pb2_grpc.py`` stubs.

grpcio-tools bundles the grpc_python generator inside its own protoc and
offers no plugin executable, so buf cannot call it directly. This adapter
writes the request's file descriptors to a descriptor set, runs
``python -m grpc_tools.protoc --descriptor_set_in=... --grpc_python_out=...``
on the files to generate, and returns what it wrote.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    )
    with tempfile.TemporaryDirectory() as scratch:
        descriptors = Path(scratch, "descriptors.binpb")
        descriptors.write_bytes(
            descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString()
        )
        out = Path(scratch, "out")
        out.mkdir()
        target = f"{request.parameter}:{out}" if request.parameter else str(out)
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "grpc_tools.protoc",
                f"--descriptor_set_in={descriptors}",
                f"--grpc_python_out={target}",
                *request.file_to_generate,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            response.error = (run.stderr or run.stdout).strip() or f"grpc_tools.protoc exited {run.returncode}"
        else:
            for path in sorted(p for p in out.rglob("*") if p.is_file()):
                response.file.add(name=path.relative_to(out).as_posix(), content=path.read_text())
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
