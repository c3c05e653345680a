//! Checks made before the node starts, where Substrate's own behaviour would surprise an
//! operator.
//!
//! Substrate moves the RPC server to a random port when the configured one is taken, so a
//! second node "starts" but nobody can reach it where expected. A collator operator (and a
//! polkadot.js user pointing at `ws://127.0.0.1:9944`) wants a clear error instead.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};

/// The RPC port Substrate listens on unless told otherwise.
const DEFAULT_RPC_PORT: u16 = 9944;

/// Where the node will try to serve RPC, if it is going to run a node at all.
///
/// Returns `None` for subcommands (`build-spec`, `key`, ...), for `--help` / `--version`,
/// for an unparsable `--rpc-port` (the CLI itself then reports it), and when
/// `--experimental-rpc-endpoint` is given (those endpoints carry their own retry policy). Only the parachain arguments count: everything after `--` is for the relay
/// chain node.
pub fn rpc_address(args: &[String]) -> Option<SocketAddr> {
	let args: Vec<&str> = args
		.iter()
		.skip(1)
		.map(String::as_str)
		.take_while(|a| *a != "--")
		.collect();
	if args.first().is_some_and(|first| !first.starts_with('-')) {
		return None;
	}
	let mut port = DEFAULT_RPC_PORT;
	let mut external = false;
	let mut iter = args.iter();
	while let Some(arg) = iter.next() {
		match *arg {
			"--help" | "-h" | "--version" | "-V" => return None,
			"--rpc-external" | "--unsafe-rpc-external" => external = true,
			"--rpc-port" => port = iter.next()?.parse().ok()?,
			a if a.starts_with("--rpc-port=") => port = a["--rpc-port=".len()..].parse().ok()?,
			a if a.starts_with("--experimental-rpc-endpoint") => return None,
			_ => {}
		}
	}
	let ip = if external {
		Ipv4Addr::UNSPECIFIED
	} else {
		Ipv4Addr::LOCALHOST
	};
	Some(SocketAddr::from((ip, port)))
}

/// Fails with a clear message when the RPC address is already taken.
pub fn check_rpc_port(args: &[String]) -> Result<(), String> {
	let Some(address) = rpc_address(args) else {
		return Ok(());
	};
	TcpListener::bind(address).map(drop).map_err(|e| {
		format!(
			"cannot serve RPC on {address}: {e}. Is another node running? \
			 Stop it or choose another port with --rpc-port"
		)
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	fn args(list: &[&str]) -> Vec<String> {
		std::iter::once("vellum-node")
			.chain(list.iter().copied())
			.map(String::from)
			.collect()
	}

	#[test]
	fn default_and_explicit_ports() {
		assert_eq!(
			rpc_address(&args(&["--dev"])),
			Some(([127, 0, 0, 1], 9944).into())
		);
		assert_eq!(
			rpc_address(&args(&["--dev", "--rpc-port", "9955"])),
			Some(([127, 0, 0, 1], 9955).into())
		);
		assert_eq!(
			rpc_address(&args(&["--rpc-port=9966", "--rpc-external"])),
			Some(([0, 0, 0, 0], 9966).into())
		);
	}

	#[test]
	fn relay_chain_arguments_and_subcommands_are_ignored() {
		assert_eq!(
			rpc_address(&args(&["--collator", "--", "--rpc-port", "1"])),
			Some(([127, 0, 0, 1], 9944).into())
		);
		assert_eq!(rpc_address(&args(&["build-spec", "--chain", "dev"])), None);
		assert_eq!(rpc_address(&args(&["--help"])), None);
		assert_eq!(rpc_address(&args(&["--rpc-port", "not-a-port"])), None);
	}

	#[test]
	fn a_taken_port_is_refused_and_a_free_one_accepted() {
		let taken = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = taken.local_addr().unwrap().port().to_string();
		let err = check_rpc_port(&args(&["--rpc-port", &port])).unwrap_err();
		assert!(err.contains("cannot serve RPC"), "{err}");
		drop(taken);
		assert_eq!(check_rpc_port(&args(&["--rpc-port", &port])), Ok(()));
	}
}
