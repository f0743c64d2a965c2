//! A compact builder of typed trees for codegen tests (the front end is
//! not needed), and a harness that compiles generated C and imports it.

#![allow(dead_code)]

use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

pub fn sp() -> Span {
    Span::default()
}

pub fn ex(kind: TExprKind, ty: Type) -> TExpr {
    TExpr::new(kind, ty, sp())
}

pub fn st(line: u32, kind: TStmtKind) -> TStmt {
    TStmt {
        kind,
        span: sp(),
        line,
    }
}

pub fn int() -> Type {
    Type::Int(IntKind::Int)
}
pub fn dbl() -> Type {
    Type::double()
}
pub fn obj() -> Type {
    Type::object()
}
pub fn list_t() -> Type {
    Type::Object(ObjKind::Builtin("list"))
}
pub fn ssize() -> Type {
    Type::ssize()
}
pub fn mv(dtype: Type, axes: &[Axis]) -> Type {
    Type::MemView(Rc::new(MemViewType {
        dtype,
        axes: axes.to_vec(),
        readonly: false,
        dtype_name: None,
        cast: false,
    }))
}

pub fn iconst(v: i128, ty: Type) -> TExpr {
    ex(TExprKind::IntConst(v), ty)
}
pub fn fconst(v: f64) -> TExpr {
    ex(TExprKind::FloatConst(v), dbl())
}
pub fn coerce(kind: Coercion, e: TExpr, to: Type) -> TExpr {
    ex(
        TExprKind::Coerce {
            kind,
            operand: Box::new(e),
        },
        to,
    )
}
pub fn to_obj(e: TExpr) -> TExpr {
    coerce(Coercion::ToObject, e, obj())
}
pub fn cast(e: TExpr, to: Type) -> TExpr {
    coerce(Coercion::CCast, e, to)
}
pub fn cbin(op: CBinOp, l: TExpr, r: TExpr) -> TExpr {
    let ty = l.ty.clone();
    ex(
        TExprKind::CBinary {
            op,
            left: Box::new(l),
            right: Box::new(r),
            zero_check: false,
            python_semantics: false,
        },
        ty,
    )
}
pub fn cbin_checked(op: CBinOp, l: TExpr, r: TExpr) -> TExpr {
    let ty = l.ty.clone();
    ex(
        TExprKind::CBinary {
            op,
            left: Box::new(l),
            right: Box::new(r),
            zero_check: true,
            python_semantics: true,
        },
        ty,
    )
}
pub fn pybin(op: PyBinOp, l: TExpr, r: TExpr) -> TExpr {
    ex(
        TExprKind::PyBinary {
            op,
            left: Box::new(l),
            right: Box::new(r),
            inplace: false,
        },
        obj(),
    )
}

/// A function under construction.
pub struct FnB {
    pub f: TFunction,
}

impl FnB {
    pub fn new(name: &str, kind: FuncKind, line: u32) -> FnB {
        let ret = if kind == FuncKind::Def || kind == FuncKind::ModuleInit {
            obj()
        } else {
            Type::Void
        };
        FnB {
            f: TFunction {
                name: name.into(),
                kind,
                params: vec![],
                ret,
                error: ErrorReturn::Null,
                nogil: false,
                with_gil: false,
                inline: false,
                doc: None,
                vars: vec![],
                body: vec![],
                span: sp(),
                line,
                closure: None,
            },
        }
    }
    pub fn ret(mut self, ty: Type, error: ErrorReturn) -> FnB {
        self.f.ret = ty;
        self.f.error = error;
        self
    }
    /// Add a parameter; returns its variable.
    pub fn param(&mut self, name: &str, ty: Type) -> VarId {
        self.param_full(name, ty, None)
    }
    pub fn param_full(&mut self, name: &str, ty: Type, default: Option<TExpr>) -> VarId {
        let id = VarId(self.f.vars.len() as u32);
        self.f.vars.push(Var {
            name: name.into(),
            ty,
            param: Some(self.f.params.len()),
            span: sp(),
        });
        self.f.params.push(TParam {
            var: id,
            kind: ParamKind::Normal,
            default,
            not_none: false,
            none_ok: true,
            int_from_number: false,
            pos_only: false,
        });
        id
    }
    pub fn local(&mut self, name: &str, ty: Type) -> VarId {
        let id = VarId(self.f.vars.len() as u32);
        self.f.vars.push(Var {
            name: name.into(),
            ty,
            param: None,
            span: sp(),
        });
        id
    }
    /// A read of variable `v`.
    pub fn get(&self, v: VarId) -> TExpr {
        let var = &self.f.vars[v.0 as usize];
        let check_bound =
            var.param.is_none() && (var.ty.is_object() || matches!(var.ty, Type::MemView(_)));
        ex(
            TExprKind::Local {
                var: v,
                check_bound,
            },
            var.ty.clone(),
        )
    }
    pub fn body(mut self, body: Vec<TStmt>) -> TFunction {
        self.f.body = body;
        self.f
    }
}

pub fn assign(line: u32, v: VarId, value: TExpr) -> TStmt {
    st(
        line,
        TStmtKind::Assign {
            target: LValue::Local(v),
            value,
        },
    )
}
pub fn ret(line: u32, value: TExpr) -> TStmt {
    st(line, TStmtKind::Return(Some(value)))
}
#[allow(clippy::too_many_arguments)]
pub fn for_range(
    line: u32,
    var: VarId,
    ty: Type,
    start: TExpr,
    stop: TExpr,
    body: Vec<TStmt>,
) -> TStmt {
    st(
        line,
        TStmtKind::ForRange {
            var: LValue::Local(var),
            counter_ty: ty.clone(),
            start,
            stop,
            step: iconst(1, ty),
            step_sign: Some(1),
            body,
            orelse: vec![],
            fast: None,
            legacy: None,
            parallel: None,
        },
    )
}

/// A module of `functions`, each bound by name in the module body.
pub fn module(name: &str, functions: Vec<TFunction>) -> TModule {
    let mut init = FnB::new("__init__", FuncKind::ModuleInit, 1).f;
    init.ret = Type::Void;
    init.error = ErrorReturn::Always;
    for (i, f) in functions.iter().enumerate() {
        if matches!(f.kind, FuncKind::Def | FuncKind::Cpdef) {
            init.body.push(st(
                f.line,
                TStmtKind::BindFunction {
                    func: FuncId(i as u32),
                    name: f.name.clone(),
                },
            ));
        }
    }
    TModule {
        name: name.into(),
        filename: format!("{name}.pyx"),
        doc: None,
        functions,
        cglobals: vec![],
        init,
        includes: vec![],
        extra_sources: vec![],
        structs: vec![],
        uses_openmp: false,
        uses_numpy: false,
    }
}

pub fn generate(m: &TModule) -> pyxc_codegen::Generated {
    let opts = pyxc_codegen::Options {
        pyx_display_name: format!("{}.pyx", m.name),
    };
    match pyxc_codegen::generate(m, &opts) {
        Ok(g) => g,
        Err(d) => panic!("codegen failed: {d:#?}"),
    }
}

/// The module's own part of the C (after the pasted runtime), for snapshots.
pub fn own_part(c: &str) -> String {
    let at = c
        .find("/* ---- code generator helpers ---- */")
        .or_else(|| c.find("/* ---- module state and constants ---- */"))
        .expect("sections");
    c[at..].to_string()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The interpreter for import tests: `PYXC_TEST_PYTHON` or `python3`.
pub fn python() -> String {
    std::env::var("PYXC_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn python_query(py: &str, code: &str) -> String {
    let out = Command::new(py)
        .args(["-c", code])
        .output()
        .expect("run python");
    assert!(out.status.success(), "python failed: {out:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Compile the module's C with -Wall -Wextra -Werror into `dir`, then run
/// `script` in python with `dir` on sys.path. Returns python's stdout.
pub fn build_and_run(m: &TModule, script: &str) -> String {
    build_and_run_in(m, script, None)
}

/// Same, with the module's extra C sources and headers in `src_dir`.
pub fn build_and_run_in(m: &TModule, script: &str, src_dir: Option<&Path>) -> String {
    let g = generate(m);
    let dir = tempfile::tempdir().unwrap();
    let c_path = dir.path().join(format!("{}.c", m.name));
    std::fs::write(&c_path, &g.c).unwrap();
    let py = python();
    let include = python_query(
        &py,
        "import sysconfig; print(sysconfig.get_paths()['include'])",
    );
    let suffix = python_query(
        &py,
        "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))",
    );
    let so = dir.path().join(format!("{}{}", m.name, suffix));
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(cc)
        .args([
            "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror", "-fwrapv",
        ])
        .arg(format!("-I{include}"))
        .arg(format!("-I{}", repo_root().join("runtime-c").display()))
        .args(src_dir.map(|d| format!("-I{}", d.display())))
        .arg(&c_path)
        .args(g.extra_sources.iter().map(|s| {
            src_dir
                .map(|d| d.join(s))
                .unwrap_or_else(|| PathBuf::from(s))
        }))
        .arg("-o")
        .arg(&so)
        .arg("-lm")
        .output()
        .expect("run cc");
    if !out.status.success() {
        let keep = std::env::temp_dir().join(format!("pyxc_failed_{}.c", m.name));
        std::fs::write(&keep, &g.c).unwrap();
        panic!(
            "C compile failed (C kept at {}):\n{}",
            keep.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = Command::new(&py)
        .args(["-c", script])
        .env("PYTHONPATH", dir.path())
        .output()
        .expect("run python");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        panic!(
            "python failed:\nstdout:\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    stdout
}

/// The typed tree of a `.pyx` text through the real front end.
pub fn front_end(name: &str, text: &str) -> TModule {
    let mut map = pyxc_diagnostics::SourceMap::new();
    let file = map.add(format!("{name}.pyx"), text.to_string());
    let (ast, diags) = pyxc_syntax::parse_module(text, file);
    assert!(
        !diags.iter().any(|d| d.is_error()),
        "parse errors:\n{}",
        pyxc_diagnostics::render(&map, &diags, false)
    );
    let opts = pyxc_sema::Options {
        module_name: name.into(),
        filename: format!("{name}.pyx"),
        cli_directives: vec![],
        include_dirs: vec![],
    };
    let (m, diags) = pyxc_sema::analyze(&ast, &mut map, &opts);
    match m {
        Some(m) => m,
        None => panic!(
            "sema errors:\n{}",
            pyxc_diagnostics::render(&map, &diags, false)
        ),
    }
}
