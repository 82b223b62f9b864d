#!/usr/bin/env python3
"""Load check of `ita serve`: N uploads at once of the 25-page sample (default 20), each answer
compared with what `ita validate --format json` writes for the same file.

    python3 Benchmarks/serve-load.py [--ita PATH] [--count 20] [--file PDF] [--rounds 1]

Starts `ita serve` on a free port, sends the uploads from N threads at the same moment, and
prints whether every answer was right, the wall time of each round and the per-request
latencies (min, median, max). Exits 1 when any answer was wrong.
"""
import argparse, json, os, socket, statistics, subprocess, sys, threading, time, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def form(path):
    boundary = "ita-load-" + uuid.uuid4().hex
    with open(path, "rb") as f:
        data = f.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(path)}\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ita", default=os.path.join(ROOT, ".build/release/ita"))
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--file", default=os.path.join(ROOT, "Samples/muangphon-2568-laksaman.pdf"))
    args = parser.parse_args()

    expected = subprocess.run([args.ita, "validate", "--format", "json", args.file], capture_output=True).stdout
    port = free_port()
    server = subprocess.Popen([args.ita, "serve", "--port", str(port)], stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        body, content_type = form(args.file)
        all_right = True
        for round_number in range(1, args.rounds + 1):
            results = [None] * args.count
            start = threading.Barrier(args.count + 1)

            def upload(i):
                start.wait()
                began = time.monotonic()
                request = urllib.request.Request(base + "/api/validate", data=body, method="POST",
                                                 headers={"Content-Type": content_type})
                try:
                    with urllib.request.urlopen(request, timeout=300) as response:
                        answer = response.read()
                        results[i] = (response.status == 200 and answer == expected, time.monotonic() - began)
                except Exception as error:  # noqa: BLE001
                    results[i] = (False, time.monotonic() - began)
                    print(f"request {i}: {error}", file=sys.stderr)

            threads = [threading.Thread(target=upload, args=(i,)) for i in range(args.count)]
            for t in threads:
                t.start()
            began = time.monotonic()
            start.wait()
            for t in threads:
                t.join()
            wall = time.monotonic() - began
            right = sum(1 for ok, _ in results if ok)
            latencies = sorted(latency for _, latency in results)
            all_right &= right == args.count
            print(f"round {round_number}: {right}/{args.count} answers right (same JSON as ita validate), "
                  f"wall {wall:.2f} s, latency min {latencies[0]:.2f} s, median {statistics.median(latencies):.2f} s, "
                  f"max {latencies[-1]:.2f} s")
        # Still up after the load.
        urllib.request.urlopen(base + "/", timeout=5).read()
        return 0 if all_right else 1
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
