//! Module-level constants (interned strings, numbers, bytes, tuples of
//! strings), created once at module exec and shared by every function.

use crate::emit::c_string;
use crate::naming;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Str(String),
    /// A Python int, decimal digits (optionally signed).
    Int(String),
    Float(f64),
    /// A complex `0 + f j`.
    Imag(f64),
    Bytes(Vec<u8>),
    /// A tuple of str constants (keyword names, `fromlist`).
    StrTuple(Vec<String>),
}

#[derive(Default)]
pub struct Consts {
    list: Vec<(String, Const)>,
    index: BTreeMap<String, usize>,
}

impl Consts {
    fn key(c: &Const) -> String {
        match c {
            Const::Float(f) => format!("Float({:x})", f.to_bits()),
            Const::Imag(f) => format!("Imag({:x})", f.to_bits()),
            c => format!("{c:?}"),
        }
    }
    /// The C name of constant `c`, created on first use.
    pub fn get(&mut self, c: Const) -> String {
        if let Const::StrTuple(items) = &c {
            for s in items {
                self.get(Const::Str(s.clone()));
            }
        }
        let key = Self::key(&c);
        if let Some(&i) = self.index.get(&key) {
            return self.list[i].0.clone();
        }
        let n = self.list.len();
        let name = match &c {
            Const::Str(s) => {
                let mut name = naming::str_const(s, n);
                if self.list.iter().any(|(k, _)| *k == name) {
                    name = format!("{name}_{n}");
                }
                name
            }
            _ => naming::other_const(n),
        };
        self.list.push((name.clone(), c));
        self.index.insert(key, n);
        name
    }
    pub fn str(&mut self, s: &str) -> String {
        self.get(Const::Str(s.to_string()))
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// `static PyObject *k_x;` lines.
    pub fn declarations(&self) -> String {
        let mut out = String::new();
        for (name, c) in &self.list {
            let what = match c {
                Const::Str(s) => format!(" /* {} */", crate::emit::comment_text(&short(s))),
                _ => String::new(),
            };
            out.push_str(&format!("static PyObject *{name};{what}\n"));
        }
        out
    }
    /// Statements creating every constant (in module exec; `goto bad` on
    /// failure).
    pub fn creation(&self, w: &mut crate::emit::Writer) {
        for (name, c) in &self.list {
            let make = match c {
                Const::Str(s) => {
                    let lit = c_string(s.as_bytes());
                    format!("PyUnicode_DecodeUTF8({lit}, {}, NULL)", s.len())
                }
                Const::Int(digits) => {
                    format!(
                        "PyLong_FromString({}, NULL, 0)",
                        c_string(digits.as_bytes())
                    )
                }
                Const::Float(f) => {
                    format!(
                        "PyFloat_FromDouble({})",
                        crate::type_spelling::float_literal(*f)
                    )
                }
                Const::Imag(f) => {
                    format!(
                        "PyComplex_FromDoubles(0.0, {})",
                        crate::type_spelling::float_literal(*f)
                    )
                }
                Const::Bytes(b) => {
                    format!("PyBytes_FromStringAndSize({}, {})", c_string(b), b.len())
                }
                Const::StrTuple(items) => {
                    let names: Vec<String> = items
                        .iter()
                        .map(|s| {
                            self.list[self.index[&Self::key(&Const::Str(s.clone()))]]
                                .0
                                .clone()
                        })
                        .collect();
                    if names.is_empty() {
                        "PyTuple_New(0)".to_string()
                    } else {
                        format!("PyTuple_Pack({}, {})", names.len(), names.join(", "))
                    }
                }
            };
            w.line(format!("{name} = {make};"));
            w.line(format!("if (pyxc_unlikely(!{name})) goto bad;"));
            if matches!(c, Const::Str(_)) {
                w.line(format!("PyUnicode_InternInPlace(&{name});"));
            }
        }
    }
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(30).collect();
    if t.len() < s.len() {
        t.push_str("...");
    }
    t.replace(['\n', '\r'], " ")
}
