//! Where a parallel region keeps the first exception raised in one of its
//! threads: no jump may leave an OpenMP region, so the error is stored in
//! shared variables and raised after it.

/// Where a parallel region keeps the first exception of its threads.
#[derive(Clone)]
pub struct Failure {
    /// The exception triple (shared, NULL until an error).
    pub(crate) exc: [String; 3],
    /// Set (atomically) once a thread failed.
    pub(crate) failed: String,
    /// The failing statement's line.
    pub(crate) line: String,
    /// A label at the end of the region (a `parallel()` block), where a
    /// thread goes once its prange loop saw a failure.
    pub(crate) end: Option<String>,
}

impl Failure {
    pub(crate) fn new(k: usize) -> Failure {
        Failure {
            exc: [
                format!("pyxc_pe_t_{k}"),
                format!("pyxc_pe_v_{k}"),
                format!("pyxc_pe_tb_{k}"),
            ],
            failed: format!("pyxc_pe_{k}"),
            line: format!("pyxc_pe_line_{k}"),
            end: None,
        }
    }
}
