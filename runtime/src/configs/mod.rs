//! Configuration of every pallet in the runtime, one file per domain.

pub mod accounts;
pub mod collators;
pub mod derivatives;
pub mod governance;
pub mod money;
pub mod oracle;
pub mod privacy;
pub mod system;
pub mod tokens;
pub mod voting;
pub mod xcm;
