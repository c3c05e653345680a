#!/usr/bin/env python3
"""Compares the weights of security-token movements (and, given the compliance weights, of a
transfer under a typical rule set) with pallet-balances' transfer_keep_alive from the same
benchmark run, and writes the tables into the READMEs between the markers
`<!-- weights:begin -->` and `<!-- weights:end -->`.

usage: weight-report.py BALANCES.rs TOKEN.rs TOKEN_README.md [COMPLIANCE.rs COMPLIANCE_README.md]
"""
import re
import sys

# RocksDbWeight, the runtime's DbWeight (frame-support constants), in picoseconds.
READ_PS = 25_000_000
WRITE_PS = 100_000_000

# The typical rule set of the compliance target: one requirement, KYC and AML claims and a
# jurisdiction in a set of four countries on each side (1 + 1 + 1 + 4 per side), plus a holder
# cap (no complexity).
TYPICAL_COMPLEXITY = 2 * (1 + 1 + 1 + 4)
# The typical rule set's record encodes in fewer bytes than the check benchmark's record of its
# complexity, and a network list of one KYC provider trusted for every topic is the benchmark's
# list: the check is charged the benchmark alone (pallet test
# the_typical_rule_set_is_charged_the_benchmarked_check_alone).
# pallet_compliance::Pallet::max_proof_margin() of the runtime (runtime test
# the_largest_settings_record_is_charged_the_margin_the_weight_report_shows): the proof charged
# up front beyond the benchmarks for the largest settings record and network list.
MAX_MARGIN = 2_221
# The runtime's MaxTrustedIssuers, MaxComplexity and MaxNamedIssuers.
MAX_TRUSTED = 8
MAX_COMPLEXITY = 64
MAX_NAMED = 8


def parse(path):
    """fn name -> {component or '': [ref_time, proof_size, reads, writes]} of SubstrateWeight."""
    text = open(path).read()
    impl = text.split("impl<T: frame_system::Config>", 1)[1].split("impl WeightInfo for ()", 1)[0]
    out = {}
    for m in re.finditer(r"fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", impl, re.S):
        name, body = m.group(1), m.group(3)
        terms = {"": [0, 0, 0, 0]}
        base = re.search(r"Weight::from_parts\(([\d_]+), (\d+)\)", body)
        terms[""][0:2] = [int(base.group(1).replace("_", "")), int(base.group(2))]
        for ref, proof, c in re.findall(
            r"\.saturating_add\(Weight::from_parts\(([\d_]+), (\d+)\)\.saturating_mul\((\w+)\.into\(\)\)\)",
            body,
        ):
            t = terms.setdefault(c, [0, 0, 0, 0])
            t[0] += int(ref.replace("_", ""))
            t[1] += int(proof)
        for kind, n, c in re.findall(
            r"(reads|writes)\(\((\d+)_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)", body
        ):
            terms.setdefault(c, [0, 0, 0, 0])[2 if kind == "reads" else 3] += int(n)
        for kind, n in re.findall(r"(reads|writes)\((\d+)_u64\)\)", body):
            terms[""][2 if kind == "reads" else 3] += int(n)
        out[name] = terms
    return out


def at(weights, name, **components):
    """(ref_time, proof_size, reads, writes) of `name` at the given component values."""
    total = [0, 0, 0, 0]
    for c, t in weights[name].items():
        k = 1 if c == "" else components.get(c, 0)
        total = [a + b * k for a, b in zip(total, t)]
    return tuple(total)


def add(*ws):
    return tuple(sum(x) for x in zip(*ws))


def table(rows, b):
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
    return "\n".join(lines)


def write(readme, text_table):
    text = open(readme).read()
    begin, end = "<!-- weights:begin -->", "<!-- weights:end -->"
    if begin not in text or end not in text:
        sys.exit(f"{readme}: markers {begin} / {end} not found")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(readme, "w").write(f"{head}{begin}\n{text_table}\n{end}{tail}")
    print(text_table)


def main():
    balances, token, token_readme = sys.argv[1:4]
    b = at(parse(balances), "transfer_keep_alive")
    t = parse(token)
    baseline = ("pallet-balances `transfer_keep_alive`", b)
    # What a transfer between existing holders with no new checkpoint is refunded down to:
    # neither history read nor written, the token record not written (see do_move).
    ref, proof, r, w = at(t, "transfer")
    refunded = (ref, proof, r - 2, w - 3)
    # The pallet charges the typical transfer's own benchmark when it is less (transfer_weight).
    typical = refunded
    if "transfer_typical" in t:
        typical = tuple(min(a, b) for a, b in zip(refunded, at(t, "transfer_typical")))
    rows = [baseline, ("security-token `transfer` (worst case, charged)", at(t, "transfer"))]
    rows.append(("security-token `transfer` (typical, after refund)", typical))
    for name in ("transfer_from", "issue", "force_transfer"):
        rows.append((f"security-token `{name}` (worst case, charged)", at(t, name)))
    write(token_readme, table(rows, b))

    if len(sys.argv) > 5:
        compliance, compliance_readme = sys.argv[4:6]
        c = parse(compliance)
        check = at(c, "check", c=TYPICAL_COMPLEXITY)
        hook = (0, 0, 1, 0)  # a token without per-holder state: one read of its settings
        # Every issuer of a full network list and a full token list read on both sides,
        # beyond the one issuer of the check benchmark.
        most, one = at(c, "read_claims", w=2 * MAX_TRUSTED), at(c, "read_claims", w=1)
        records = tuple(a - b for a, b in zip(most, one))
        worst_check = add(
            at(c, "check_identity", c=MAX_COMPLEXITY),
            records,
            (0, MAX_MARGIN, 0, 0),
            at(c, "resolve_issuers", n=MAX_NAMED),
        )
        rows = [
            baseline,
            ("security-token `transfer` (typical, after refund)", typical),
            (f"compliance check, typical rule set (complexity {TYPICAL_COMPLEXITY})", check),
            ("compliance hook, token without per-holder state", hook),
            ("**typical compliant transfer** (the three above)", add(typical, check, hook)),
            (
                "compliance check at its most (up front): complexity 64, identity, lists, "
                "per-holder state, 8 issuers named, 16 trusted issuers, the largest record and "
                "network list",
                worst_check,
            ),
            # Charged with one more read (the time, for an issuance during a lock-up).
            (
                "compliance hook, token with per-holder state",
                add(
                    at(c, "on_balance_change"),
                    (0, MAX_MARGIN, 1, 0),
                    tuple(
                        a - b
                        for a, b in zip(at(c, "read_claims", w=MAX_TRUSTED + 1), one)
                    ),
                ),
            ),
        ]
        write(compliance_readme, table(rows, b))


if __name__ == "__main__":
    main()
