//! The state shared by every function of the module while it is written:
//! string constants, cached builtins, imported extension types, memoryview
//! dtype descriptors and axis layouts, and the method-table order.

use crate::consts::Consts;
use crate::emit::c_string;
use crate::helpers::ice;
use crate::type_spelling::{axes_code, dtype_info};
use crate::{naming, runtime, Options, R};
use pyxc_diagnostics::Span;
use pyxc_tir::tir::*;
use pyxc_tir::types::{Axis, Type};
use std::collections::BTreeSet;

pub struct ModuleWriter<'a> {
    pub m: &'a TModule,
    /// The `.pyx` name shown in markers and tracebacks.
    pub file: String,
    pub consts: Consts,
    /// Cached builtins: (name, str constant of the name).
    pub(crate) builtins: Vec<(String, String)>,
    pub(crate) ext_types: Vec<String>,
    pub(crate) dtypes: Vec<(String, String)>,
    pub(crate) axes: Vec<String>,
    /// FuncIds with a wrapper, in method-table order.
    pub methods: Vec<FuncId>,
    /// Some `assert` was written: module exec reads `__debug__` for it.
    pub uses_assert: bool,
    /// A function body (not module exec, which follows the table) makes a
    /// function object: the method table is declared before the bodies.
    pub bodies_name_table: bool,
    /// The runtime units the module's C names, recorded by [`Self::require`]
    /// where each name is written: the roots of what is pasted.
    runtime: BTreeSet<&'static str>,
}

impl<'a> ModuleWriter<'a> {
    pub fn new(m: &'a TModule, opts: &Options) -> ModuleWriter<'a> {
        let methods = m
            .functions
            .iter()
            .enumerate()
            .filter(|(_, f)| matches!(f.kind, FuncKind::Def | FuncKind::Cpdef))
            .map(|(i, _)| FuncId(i as u32))
            .collect();
        ModuleWriter {
            m,
            file: opts.pyx_display_name.clone(),
            consts: Consts::default(),
            builtins: vec![],
            ext_types: vec![],
            dtypes: vec![],
            axes: vec![],
            uses_assert: false,
            bodies_name_table: false,
            runtime: BTreeSet::new(),
            methods,
        }
    }

    /// Record that the C being written names the runtime unit `unit` (a
    /// function, type or variable of `runtime-c/*.c`): it and the units it
    /// requires are pasted into the module.
    pub fn require(&mut self, unit: &'static str) {
        debug_assert!(runtime::is_unit(unit), "{unit} is no runtime unit");
        self.runtime.insert(unit);
    }

    /// The runtime units recorded so far.
    pub fn required(&self) -> &BTreeSet<&'static str> {
        &self.runtime
    }

    /// The cached builtin object `name` (looked up at module exec).
    pub fn builtin(&mut self, name: &str) -> String {
        if !self.builtins.iter().any(|(b, _)| b == name) {
            let k = self.consts.str(name);
            self.builtins.push((name.to_string(), k));
        }
        naming::builtin(name)
    }

    /// The type object of an extension type (imported at module exec).
    pub fn ext_type(&mut self, dotted: &str) -> String {
        if !self.ext_types.iter().any(|b| b == dotted) {
            self.ext_types.push(dotted.to_string());
        }
        naming::ext_type(dotted)
    }

    /// The `pyxc_dtype` descriptor of an element type, shown in errors as `display` (numpy buffer types
    /// say `float64_t`, as written, where memoryviews say `double`).
    pub fn dtype_named(
        &mut self,
        ty: &Type,
        display: Option<&str>,
        cast: bool,
        span: Span,
    ) -> R<String> {
        let (name, kind) =
            dtype_info(ty).ok_or_else(|| ice(format!("memoryview of {ty} elements"), span))?;
        let name = display.map(str::to_string).unwrap_or(name);
        let cname = crate::type_spelling::cast_type(ty.strip_const());
        let is_const = matches!(ty, Type::Const(_));
        let name = if is_const {
            format!("const {name}")
        } else {
            name
        };
        let key = match (is_const, display) {
            (_, Some(d)) => format!("{cname} {name} {d}"),
            (true, None) => format!("const {cname}"),
            (false, None) => cname.clone(),
        };
        let n = naming::dtype(&if cast { format!("{key} cast") } else { key });
        if !self.dtypes.iter().any(|(k, _)| *k == n) {
            let def = format!(
                "static const pyxc_dtype {n} = {{{}, '{kind}', sizeof({cname}), {}}};",
                c_string(name.as_bytes()),
                u8::from(cast)
            );
            self.dtypes.push((n.clone(), def));
        }
        Ok(n)
    }

    /// The dtype descriptor of a view's elements (`const double` for a
    /// read-only view, as Cython names it in errors).
    pub fn view_dtype(&mut self, mv: &pyxc_tir::types::MemViewType, span: Span) -> R<String> {
        let name = mv.dtype_name.as_deref();
        if mv.readonly && !matches!(mv.dtype, Type::Const(_)) {
            let c = Type::Const(std::rc::Rc::new(mv.dtype.clone()));
            return self.dtype_named(&c, name, mv.cast, span);
        }
        self.dtype_named(&mv.dtype, name, mv.cast, span)
    }

    /// A per-axis layout array.
    pub fn axes(&mut self, axes: &[Axis]) -> String {
        let code = axes_code(axes);
        if !self.axes.contains(&code) {
            self.axes.push(code.clone());
        }
        naming::axes(&code)
    }

    pub fn method_index(&self, f: FuncId) -> Option<usize> {
        self.methods.iter().position(|x| *x == f)
    }
}
