#!/usr/bin/env python3
"""Compares the weights of security-token movements with pallet-balances'
transfer_keep_alive from the same benchmark run, and writes the table into a README
between the markers `<!-- weights:begin -->` and `<!-- weights:end -->`.

usage: weight-report.py BALANCES_WEIGHTS.rs TOKEN_WEIGHTS.rs README.md
"""
import re
import sys

# RocksDbWeight, the runtime's DbWeight (frame-support constants), in picoseconds.
READ_PS = 25_000_000
WRITE_PS = 100_000_000


def parse(path):
    """fn name -> (ref_time, proof_size, reads, writes) of the SubstrateWeight impl."""
    text = open(path).read()
    impl = text.split("impl<T: frame_system::Config>", 1)[1].split("impl WeightInfo for ()", 1)[0]
    out = {}
    for m in re.finditer(r"fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", impl, re.S):
        name, body = m.group(1), m.group(3)
        base = re.search(r"Weight::from_parts\(([\d_]+), (\d+)\)", body)
        reads = re.search(r"reads\((\d+)_u64\)", body)
        writes = re.search(r"writes\((\d+)_u64\)", body)
        out[name] = (
            int(base.group(1).replace("_", "")),
            int(base.group(2)),
            int(reads.group(1)) if reads else 0,
            int(writes.group(1)) if writes else 0,
        )
    return out


def main():
    balances, token, readme = sys.argv[1:4]
    b = parse(balances)["transfer_keep_alive"]
    t = parse(token)
    rows = [("pallet-balances `transfer_keep_alive`", b)]
    for name in ("transfer", "transfer_from", "issue", "force_transfer"):
        rows.append((f"security-token `{name}` (worst case, charged)", t[name]))
    # What a transfer between existing holders with no new checkpoint is refunded down to:
    # neither history read nor written, the token record not written (see do_move).
    ref, proof, r, w = t["transfer"]
    rows.insert(2, ("security-token `transfer` (typical, after refund)", (ref, proof, r - 2, w - 3)))
    total_b = b[0] + b[2] * READ_PS + b[3] * WRITE_PS
    lines = [
        "| call | ref_time (ps) | reads | writes | total ref_time (ps) | proof_size (bytes) | total / balances | proof / balances |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, (ref, proof, r, w) in rows:
        total = ref + r * READ_PS + w * WRITE_PS
        lines.append(
            f"| {label} | {ref:,} | {r} | {w} | {total:,} | {proof:,} | "
            f"{total / total_b:.2f}x | {proof / b[1]:.2f}x |"
        )
    table = "\n".join(lines)
    text = open(readme).read()
    begin, end = "<!-- weights:begin -->", "<!-- weights:end -->"
    if begin not in text or end not in text:
        sys.exit(f"{readme}: markers {begin} / {end} not found")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(readme, "w").write(f"{head}{begin}\n{table}\n{end}{tail}")
    print(table)


if __name__ == "__main__":
    main()
