//! Turning written types (`TypeExpr`) into [`Type`]s.

use crate::module_checker::ModuleChecker;
use crate::scope::Sym;
use crate::types::{Axis, BufferType, FloatKind, IntKind, MemViewType, ObjKind, Type};
use pyxc_diagnostics::{Diagnostic, Span};
use pyxc_syntax::ast::{self, ArgKind, ExprKind, TypeExpr, TypeKind};
use std::rc::Rc;

/// The ctypedef a written element type names (`const DTYPE_t` gives
/// `DTYPE_t`, `cnp.float64_t` gives `float64_t`); None for C's own names.
fn typedef_name(te: &TypeExpr) -> Option<Rc<str>> {
    match &te.kind {
        TypeKind::Const(inner) => typedef_name(inner),
        TypeKind::Name(parts) => {
            let last = parts.last()?;
            (parts.len() > 1 || builtin_type(&last.name).is_none())
                .then(|| last.name.as_str().into())
        }
        _ => None,
    }
}

/// C and Python type names every module knows.
pub fn builtin_type(name: &str) -> Option<Type> {
    use IntKind::*;
    let t = match name {
        "void" => Type::Void,
        "bint" => Type::Bint,
        "char" => Type::Int(Char),
        "signed char" => Type::Int(SChar),
        "unsigned char" => Type::Int(UChar),
        "short" | "short int" | "signed short" | "signed short int" => Type::Int(Short),
        "unsigned short" | "unsigned short int" => Type::Int(UShort),
        "int" | "signed" | "signed int" => Type::Int(Int),
        "unsigned" | "unsigned int" => Type::Int(UInt),
        "long" | "long int" | "signed long" | "signed long int" => Type::Int(Long),
        "unsigned long" | "unsigned long int" => Type::Int(ULong),
        "long long" | "long long int" | "signed long long" | "signed long long int" => {
            Type::Int(LongLong)
        }
        "unsigned long long" | "unsigned long long int" => Type::Int(ULongLong),
        "Py_ssize_t" => Type::Int(SsizeT),
        "Py_hash_t" => Type::Int(SsizeT),
        "size_t" => Type::Int(SizeT),
        "ptrdiff_t" => Type::Int(PtrdiffT),
        "int8_t" => Type::Int(Int8),
        "int16_t" => Type::Int(Int16),
        "int32_t" => Type::Int(Int32),
        "int64_t" => Type::Int(Int64),
        "uint8_t" => Type::Int(UInt8),
        "uint16_t" => Type::Int(UInt16),
        "uint32_t" => Type::Int(UInt32),
        "uint64_t" => Type::Int(UInt64),
        "intptr_t" => Type::Int(IntPtr),
        "uintptr_t" => Type::Int(UIntPtr),
        "Py_UCS4" => Type::Int(Ucs4),
        "float" => Type::Float(FloatKind::Float),
        "double" => Type::Float(FloatKind::Double),
        "long double" => Type::Float(FloatKind::LongDouble),
        "object" => Type::object(),
        "list" | "tuple" | "dict" | "set" | "frozenset" | "str" | "bytes" | "bytearray"
        | "unicode" | "basestring" | "slice" | "type" | "complex" => {
            Type::Object(ObjKind::Builtin(builtin_obj_name(name)))
        }
        _ => return None,
    };
    Some(t)
}

fn builtin_obj_name(name: &str) -> &'static str {
    match name {
        "list" => "list",
        "tuple" => "tuple",
        "dict" => "dict",
        "set" => "set",
        "frozenset" => "frozenset",
        "str" | "unicode" | "basestring" => "str",
        "bytes" => "bytes",
        "bytearray" => "bytearray",
        "slice" => "slice",
        "type" => "type",
        _ => "complex",
    }
}

impl ModuleChecker<'_> {
    /// Resolve a written type; reports and returns `None` when it names no type.
    pub fn resolve_type(&mut self, te: &TypeExpr) -> Option<Type> {
        match &te.kind {
            TypeKind::Name(parts) => self.resolve_type_name(parts, te),
            TypeKind::Pointer(inner) => self.resolve_pointer(inner, te.span),
            TypeKind::Const(inner) => self.resolve_const(inner, te.span),
            TypeKind::Array { base, size } => self.resolve_array(base, size.as_deref()),
            TypeKind::MemoryView { base, axes } => self.resolve_memoryview(base, axes, te.span),
            TypeKind::Buffer { base, args } => self.resolve_buffer(te, base, args),
            TypeKind::Tuple(items) => self.resolve_ctuple(items),
            TypeKind::Function { .. } => self.resolve_function_type(te),
        }
    }

    fn resolve_pointer(&mut self, inner: &TypeExpr, span: Span) -> Option<Type> {
        let t = self.resolve_type(inner)?;
        if t.is_object() {
            self.diags.push(Diagnostic::error(
                "pointers to Python objects are not allowed",
                span,
            ));
            return None;
        }
        Some(Type::Ptr(Rc::new(t)))
    }

    /// `const T`; a const memoryview is a readonly one.
    fn resolve_const(&mut self, inner: &TypeExpr, span: Span) -> Option<Type> {
        if matches!(inner.kind, TypeKind::Const(_)) {
            self.diags
                .push(Diagnostic::error("duplicate 'const'", span));
            return None;
        }
        let t = self.resolve_type(inner)?;
        match t {
            Type::MemView(m) => {
                let mut m = (*m).clone();
                m.readonly = true;
                Some(Type::MemView(Rc::new(m)))
            }
            t => Some(Type::Const(Rc::new(t))),
        }
    }

    fn resolve_array(&mut self, base: &TypeExpr, size: Option<&ast::Expr>) -> Option<Type> {
        let t = self.resolve_type(base)?;
        let n = match size {
            None => None,
            Some(e) => Some(self.array_size(e)?),
        };
        Some(Type::Array(Rc::new(t), n))
    }

    /// The written size of an array dimension: a constant that fits.
    fn array_size(&mut self, e: &ast::Expr) -> Option<u64> {
        match self.const_int(e) {
            Some(n) if n > i64::MAX as i128 => {
                self.diags.push(too_big_dimension(e.span));
                None
            }
            Some(n) if n >= 0 => Some(n as u64),
            _ => {
                self.diags.push(
                    Diagnostic::error("array size must be a constant non-negative integer", e.span)
                        .with_label_message("not a compile-time constant"),
                );
                None
            }
        }
    }

    fn resolve_memoryview(
        &mut self,
        base: &TypeExpr,
        axes: &[ast::AxisSpec],
        span: Span,
    ) -> Option<Type> {
        // `const double[:]` arrives as a view of `const double`.
        let (dtype, readonly) = match self.resolve_type(base)? {
            Type::Const(t) => ((*t).clone(), true),
            t => (t, false),
        };
        self.check_view_dtype(&dtype, base.span)?;
        if axes.len() > 8 {
            self.diags.push(Diagnostic::error(
                "memoryviews have at most 8 dimensions",
                span,
            ));
            return None;
        }
        let out = self.view_axes(axes, span)?;
        Some(Type::MemView(Rc::new(MemViewType {
            dtype,
            axes: out,
            readonly,
            dtype_name: typedef_name(base),
            cast: false,
        })))
    }

    /// A view holds C numbers (or an opaque typedef of one).
    fn check_view_dtype(&mut self, dtype: &Type, span: Span) -> Option<()> {
        if dtype.is_object() || matches!(dtype, Type::MemView(_) | Type::Void) {
            self.diags.push(
                Diagnostic::error(
                    format!("'{dtype}' is not a valid memoryview element type"),
                    span,
                )
                .with_label_message("use a C numeric type such as double or int"),
            );
            return None;
        }
        let numeric = |t: &Type| matches!(t, Type::Int(_) | Type::Float(_) | Type::Bint);
        let ok = match dtype.strip_const() {
            Type::Opaque {
                approx: Some(a), ..
            } => numeric(a),
            t => numeric(t),
        };
        if !ok {
            self.diags.push(
                Diagnostic::error(
                    format!("memoryviews of '{dtype}' elements are not supported yet"),
                    span,
                )
                .with_label_message("pyxc views hold C numbers: view each field as its own array"),
            );
            return None;
        }
        Some(())
    }

    /// The axes of a view type: each `:` or `::1`, contiguous on one end only.
    fn view_axes(&mut self, axes: &[ast::AxisSpec], span: Span) -> Option<Vec<Axis>> {
        let mut out = Vec::new();
        for a in axes {
            out.push(self.view_axis(a)?);
        }
        let contig = out.iter().filter(|a| **a == Axis::Contig).count();
        let ok = contig == 0
            || (contig == 1
                && (out.last() == Some(&Axis::Contig) || out.first() == Some(&Axis::Contig)));
        if !ok {
            self.diags.push(
                Diagnostic::error(
                    "only the first or the last axis of a memoryview can be contiguous",
                    span,
                )
                .with_label_message("write '::1' on one end only"),
            );
            return None;
        }
        Some(out)
    }

    fn view_axis(&mut self, a: &ast::AxisSpec) -> Option<Axis> {
        if a.start.is_some() || a.stop.is_some() {
            self.diags.push(
                Diagnostic::error("memoryview axes are written ':' or '::1'", a.span)
                    .with_label_message("no start or stop is allowed here"),
            );
            return None;
        }
        match &a.step {
            None => Some(Axis::Strided),
            Some(e) if self.const_int(e) == Some(1) => Some(Axis::Contig),
            Some(e) => {
                self.diags.push(
                    Diagnostic::error("the step of a memoryview axis must be 1 ('::1')", e.span)
                        .with_label_message("only '::1' (contiguous) is supported"),
                );
                None
            }
        }
    }

    /// A C tuple: a struct of its own, defined once per element types.
    fn resolve_ctuple(&mut self, items: &[TypeExpr]) -> Option<Type> {
        let mut types = Vec::new();
        for t in items {
            types.push(self.resolve_type(t)?);
        }
        let st = crate::types::StructType::ctuple(types);
        let st = match self.structs.iter().find(|s| ***s == st) {
            Some(s) => s.clone(),
            None => {
                let st = Rc::new(st);
                self.structs.push(st.clone());
                st
            }
        };
        Some(Type::Struct(st))
    }

    /// A C function type; `(*f)(...)` declarators make it a pointer.
    fn resolve_function_type(&mut self, te: &TypeExpr) -> Option<Type> {
        let TypeKind::Function {
            ret,
            params,
            nogil,
            except,
        } = &te.kind
        else {
            return None;
        };
        let ret = self.resolve_type(ret)?;
        let (ps, varargs) = self.c_param_types(params, te.span)?;
        let error = self.error_return(except, &ret, self.in_extern)?;
        Some(Type::Func(Rc::new(crate::types::FuncType {
            ret,
            params: ps,
            varargs,
            nogil: *nogil,
            error,
        })))
    }

    /// The parameter types of a C function type, and whether it takes `...`.
    fn c_param_types(&mut self, params: &[ast::Param], span: Span) -> Option<(Vec<Type>, bool)> {
        let mut ps = Vec::new();
        let mut varargs = false;
        for p in params {
            match p.kind {
                ast::ParamKind::VarArgs => varargs = true,
                ast::ParamKind::KwArgs => {
                    self.diags.push(Diagnostic::error(
                        "C functions cannot take **kwargs",
                        p.span,
                    ));
                    return None;
                }
                _ => ps.push(self.c_param_type(p)?),
            }
        }
        // `(void)` is no parameters.
        if ps.len() == 1 && ps[0] == Type::Void {
            ps.clear();
        } else if let Some(i) = ps.iter().position(|t| *t == Type::Void) {
            let mut at = params.iter().filter(|p| p.kind != ast::ParamKind::VarArgs);
            let span = at.nth(i).map_or(span, |p| p.span);
            self.diags.push(void_among_params(span));
            return None;
        }
        Some((ps, varargs))
    }

    fn resolve_type_name(&mut self, parts: &[ast::Ident], te: &TypeExpr) -> Option<Type> {
        if parts.len() == 1 {
            let name = parts[0].name.as_str();
            if let Some(Sym::Type(t)) = self.lookup_sym(name) {
                return Some(t);
            }
            if let Some(t) = builtin_type(name) {
                return Some(t);
            }
            if name.ends_with(" complex") {
                self.diags.push(
                    Diagnostic::error(
                        format!("C complex types ('{name}') are not supported yet"),
                        te.span,
                    )
                    .with_label_message("not supported yet")
                    .with_note("use a Python 'complex' object, or two double values"),
                );
                return None;
            }
        } else if let Some(t) = self.resolve_dotted_type(parts) {
            return Some(t);
        }
        let written: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        self.diags.push(
            Diagnostic::error(
                format!("'{}' is not a type name", written.join(".")),
                te.span,
            )
            .with_label_message("unknown type"),
        );
        None
    }

    fn resolve_dotted_type(&mut self, parts: &[ast::Ident]) -> Option<Type> {
        let mut sym = self.lookup_sym(&parts[0].name)?;
        for p in &parts[1..] {
            sym = match sym {
                Sym::Namespace(ns) => ns.lookup(&p.name)?,
                _ => return None,
            };
        }
        match sym {
            Sym::Type(t) => Some(t),
            _ => None,
        }
    }

    /// `cnp.ndarray[cnp.float64_t, ndim=1, mode='c']`.
    fn resolve_buffer(
        &mut self,
        te: &TypeExpr,
        base: &TypeExpr,
        args: &[ast::Arg],
    ) -> Option<Type> {
        let obj = match self.resolve_type(base)? {
            Type::Object(k) => k,
            // `cdef int[5] a` (Cython 3's type-first array syntax): one
            // constant size per bracket, as `cdef int a[5]`.
            other
                if args.len() == 1
                    && args[0].kind == ArgKind::Positional
                    && self.const_int(&args[0].value).is_some() =>
            {
                let n = self.const_int(&args[0].value).unwrap_or(0);
                if n > i64::MAX as i128 {
                    self.diags.push(too_big_dimension(args[0].value.span));
                    return None;
                }
                if n < 0 {
                    self.diags.push(Diagnostic::error(
                        "array size must be a constant non-negative integer",
                        args[0].value.span,
                    ));
                    return None;
                }
                return Some(Type::Array(Rc::new(other), Some(n as u64)));
            }
            other => {
                self.diags.push(
                    Diagnostic::error(format!("'{other}' cannot take buffer options"), base.span)
                        .with_label_message("only object types like ndarray do"),
                );
                return None;
            }
        };
        let mut dtype = None;
        let mut dtype_name = String::new();
        let mut ndim = 1usize;
        let mut mode = "strided".to_string();
        let mut cast = false;
        for (i, a) in args.iter().enumerate() {
            match (&a.kind, i) {
                (ArgKind::Positional, 0) => {
                    let tex = expr_as_type(&a.value);
                    let Some(tex) = tex else {
                        self.diags.push(Diagnostic::error(
                            "expected a buffer element type",
                            a.value.span,
                        ));
                        return None;
                    };
                    dtype_name = match &tex.kind {
                        TypeKind::Name(p) => p.last().map(|p| p.name.clone()).unwrap_or_default(),
                        _ => String::new(),
                    };
                    dtype = Some(self.resolve_type(&tex)?);
                }
                // As in Cython, only the dtype may be positional: a bare
                // second argument is not an ndim (nor range-checked as one).
                (ArgKind::Positional, _) => {
                    self.diags.push(
                        Diagnostic::error("too many buffer options", a.value.span)
                            .with_label_message(
                                "only the element type is positional: write ndim=N",
                            ),
                    );
                    return None;
                }
                (ArgKind::Keyword(k), _) if k.name == "ndim" => match self.const_int(&a.value) {
                    Some(n) if (1..=8).contains(&n) => ndim = n as usize,
                    _ => {
                        self.diags.push(Diagnostic::error(
                            "ndim must be an integer constant from 1 to 8",
                            a.value.span,
                        ));
                        return None;
                    }
                },
                (ArgKind::Keyword(k), _) if k.name == "mode" => match &a.value.kind {
                    ExprKind::Str { value, .. }
                        if ["c", "fortran", "strided", "full"].contains(&value.as_str()) =>
                    {
                        mode = value.clone()
                    }
                    _ => {
                        self.diags.push(Diagnostic::error(
                            "mode must be one of 'c', 'fortran', 'strided', 'full'",
                            a.value.span,
                        ));
                        return None;
                    }
                },
                (ArgKind::Keyword(k), _) if k.name == "cast" => match &a.value.kind {
                    ExprKind::True => cast = true,
                    ExprKind::False => cast = false,
                    _ => {
                        self.diags.push(Diagnostic::error(
                            "cast must be True or False",
                            a.value.span,
                        ));
                        return None;
                    }
                },
                (ArgKind::Keyword(k), _) if k.name == "negative_indices" => {}
                _ => {
                    self.diags.push(
                        Diagnostic::error("unexpected buffer option", a.span)
                            .with_label_message("expected dtype, ndim=, mode="),
                    );
                    return None;
                }
            }
        }
        let dtype = match dtype {
            Some(d) => d,
            None => {
                self.diags.push(Diagnostic::error(
                    "buffer type needs an element type",
                    te.span,
                ));
                return None;
            }
        };
        let mut axes = vec![Axis::Strided; ndim];
        match mode.as_str() {
            "c" => axes[ndim - 1] = Axis::Contig,
            "fortran" => axes[0] = Axis::Contig,
            _ => {}
        }
        Some(Type::Buffer(Rc::new(BufferType {
            obj,
            dtype,
            dtype_name,
            ndim,
            axes,
            cast,
        })))
    }
}

/// Read an expression written where a type is expected (buffer dtype,
/// `sizeof(x)`, cast targets given as expressions) as a type.
pub fn expr_as_type(e: &ast::Expr) -> Option<TypeExpr> {
    let mut parts = Vec::new();
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Name(n) => {
                parts.push(ast::Ident {
                    name: n.clone(),
                    span: cur.span,
                });
                break;
            }
            ExprKind::Attribute { value, attr } => {
                parts.push(attr.clone());
                cur = value;
            }
            _ => return None,
        }
    }
    parts.reverse();
    Some(TypeExpr {
        kind: TypeKind::Name(parts),
        span: e.span,
    })
}

/// The type a parameter written with an array type has: as in C, a pointer
/// to its first element (`char *argv[]` is `char **`, `double v[3]` is
/// `double *`), so callers pass pointers and no cast names an array type.
pub fn param_decay(ty: Type) -> Type {
    match ty {
        Type::Array(elem, _) => Type::Ptr(elem),
        other => other,
    }
}

/// An array size past `i64::MAX` is a Python int to Cython, not a C one.
fn too_big_dimension(span: pyxc_diagnostics::Span) -> Diagnostic {
    Diagnostic::error("array dimension not integer, got 'int object'", span)
        .with_label_message("too large for a C integer")
}

/// `f(int a, void)`: `void` stands for no parameters only alone.
pub(crate) fn void_among_params(span: Span) -> Diagnostic {
    Diagnostic::error(
        "use spam() rather than spam(void) to declare a function with no arguments",
        span,
    )
    .with_label_message("'void' is not a parameter type")
}
