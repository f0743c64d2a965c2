use super::*;

fn fake_config() -> PythonConfig {
    let text = "executable=/py/bin/python3\nversion=3.11\ninclude=/py/include/python3.11\n\
                platinclude=/py/include/python3.11\next_suffix=.cpython-311-x86_64-linux-gnu.so\n\
                cflags=-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall\nccshared=-fPIC\n\
                ldshared=gcc -shared -L/py/lib -Wl,-rpath,/py/lib\n";
    PythonConfig::from_discovery(Path::new("python3"), text).unwrap()
}

#[test]
fn discovery_output_is_parsed() {
    let cfg = fake_config();
    assert_eq!(cfg.version, (3, 11));
    assert_eq!(cfg.executable, PathBuf::from("/py/bin/python3"));
    assert_eq!(cfg.include_dir, PathBuf::from("/py/include/python3.11"));
    assert_eq!(cfg.plat_include_dir, None);
    assert_eq!(cfg.ext_suffix, ".cpython-311-x86_64-linux-gnu.so");
    // -g dropped (see the crate docs), CCSHARED appended.
    assert_eq!(
        cfg.cflags,
        [
            "-Wsign-compare",
            "-DNDEBUG",
            "-fwrapv",
            "-O3",
            "-Wall",
            "-fPIC"
        ]
    );
    assert_eq!(cfg.ldflags, ["-shared", "-L/py/lib", "-Wl,-rpath,/py/lib"]);
}

#[test]
fn ldshared_with_wrapper_and_no_shared_flag() {
    let text = "version=3.8\ninclude=/i\nldshared=ccache clang -bundle -undefined dynamic_lookup\n";
    let cfg = PythonConfig::from_discovery(Path::new("python3"), text).unwrap();
    assert_eq!(cfg.ldflags, ["-bundle", "-undefined", "dynamic_lookup"]);
    let text = "version=3.8\ninclude=/i\nldshared=\n";
    let cfg = PythonConfig::from_discovery(Path::new("python3"), text).unwrap();
    assert_eq!(cfg.ldflags, ["-shared"]);
    assert_eq!(cfg.ext_suffix, ".so");
}

#[test]
fn garbage_discovery_output_is_an_error() {
    let e = PythonConfig::from_discovery(Path::new("python3"), "hello\n").unwrap_err();
    assert!(matches!(e, DriverError::Python { .. }), "{e}");
}

#[test]
fn flag_order_python_then_includes_then_user() {
    let cfg = fake_config();
    let req = BuildRequest {
        c_source: PathBuf::from("/b/mod.c"),
        output: PathBuf::from("/out/mod.so"),
        extra_sources: vec![PathBuf::from("/src/helper.c")],
        include_dirs: vec![PathBuf::from("/src"), PathBuf::from("/user/inc")],
        openmp: true,
        numpy: true,
        ..Default::default()
    };
    let user = UserFlags {
        cppflags: vec!["-DUSER".into()],
        cflags: vec!["-O3".into(), "-march=native".into()],
        ldflags: vec!["-L/opt/lib".into()],
    };
    let args = compile_args(
        &cfg,
        &req,
        Some(Path::new("/np/include")),
        &req.c_source,
        Path::new("/tmp/mod.0.o"),
        true,
        &user,
    );
    let expected: Vec<String> = [
        "-Wsign-compare",
        "-DNDEBUG",
        "-fwrapv",
        "-O3",
        "-Wall",
        "-fPIC",
        "-I/src",
        "-I/user/inc",
        "-I/np/include",
        "-I/py/include/python3.11",
        "-fopenmp",
        "-DUSER",
        "-O3",
        "-march=native",
        "-c",
        "/b/mod.c",
        "-o",
        "/tmp/mod.0.o",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(args, expected);
    let objs = [
        PathBuf::from("/tmp/mod.0.o"),
        PathBuf::from("/tmp/helper.1.o"),
    ];
    let args = link_args(&cfg, &req, &objs, &req.output, true, &user);
    let expected: Vec<String> = [
        "/tmp/mod.0.o",
        "/tmp/helper.1.o",
        "-o",
        "/out/mod.so",
        "-shared",
        "-L/py/lib",
        "-Wl,-rpath,/py/lib",
        "-fopenmp",
        "-L/opt/lib",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(args, expected);
    // Without openmp/numpy those flags are absent.
    let none = UserFlags::default();
    let args = compile_args(
        &cfg,
        &req,
        None,
        &req.c_source,
        Path::new("x.o"),
        false,
        &none,
    );
    assert!(!args.iter().any(|a| a == "-fopenmp" || a == "-I/np/include"));
    assert!(
        !link_args(&cfg, &req, &objs, &req.output, false, &none).contains(&"-fopenmp".to_string())
    );
}

#[test]
fn every_source_is_compiled_apart_then_linked() {
    let cfg = fake_config();
    let req = BuildRequest {
        c_source: PathBuf::from("/b/mod.c"),
        output: PathBuf::from("/out/mod.so"),
        extra_sources: vec![PathBuf::from("/a/x.c"), PathBuf::from("/b/x.c")],
        ..Default::default()
    };
    let cmds = command_line(&cfg, &req, Path::new("/obj"));
    assert_eq!(cmds.len(), 4);
    for (cmd, obj) in cmds[..3]
        .iter()
        .zip(["/obj/mod.0.o", "/obj/x.1.o", "/obj/x.2.o"])
    {
        assert!(cmd.iter().any(|a| a == "-c") && cmd.last().map(String::as_str) == Some(obj));
    }
    let link = &cmds[3];
    assert!(!link.iter().any(|a| a == "-c"));
    for obj in ["/obj/mod.0.o", "/obj/x.1.o", "/obj/x.2.o", "/out/mod.so"] {
        assert!(link.iter().any(|a| a == obj), "{obj} in {link:?}");
    }
}

#[test]
fn distutils_settings_go_where_setuptools_puts_them() {
    let cfg = fake_config();
    let req = BuildRequest {
        c_source: PathBuf::from("/b/mod.c"),
        output: PathBuf::from("/out/mod.so"),
        define_macros: vec![("SCALE".into(), Some("3".into())), ("FAST".into(), None)],
        undef_macros: vec!["SLOW".into()],
        extra_compile_args: vec!["-O1".into()],
        library_dirs: vec![PathBuf::from("/libs")],
        libraries: vec!["m".into()],
        extra_link_args: vec!["-Wl,--as-needed".into()],
        ..Default::default()
    };
    let user = UserFlags {
        cppflags: vec![],
        cflags: vec!["-Og".into()],
        ldflags: vec![],
    };
    let objs = [PathBuf::from("/tmp/mod.0.o")];
    let mut args = compile_args(&cfg, &req, None, &req.c_source, &objs[0], false, &user);
    args.extend(link_args(&cfg, &req, &objs, &req.output, false, &user));
    let at = |a: &str| {
        args.iter()
            .position(|x| x == a)
            .unwrap_or_else(|| panic!("{a} in {args:?}"))
    };
    // Macros before the user's flags, extra compile arguments after them
    // (they win, as in setuptools); link settings after the sources.
    assert!(at("-DSCALE=3") < at("-Og") && at("-DFAST") < at("-Og") && at("-USLOW") < at("-Og"));
    assert!(at("-Og") < at("-O1") && at("-O1") < at("/b/mod.c"));
    assert!(at("/tmp/mod.0.o") < at("-L/libs") && at("-L/libs") < at("-lm"));
    assert!(at("-lm") < at("-Wl,--as-needed"));
}

#[test]
fn openmp_rejection_is_recognised() {
    assert!(rejects_openmp("cc: error: unsupported option '-fopenmp'"));
    assert!(rejects_openmp(
        "mod.c:3:10: fatal error: omp.h: No such file or directory"
    ));
    assert!(rejects_openmp("/usr/bin/ld: cannot find -lgomp"));
    assert!(rejects_openmp("ld: library not found for -lomp"));
    // An ordinary error must not cause a second compile ("compilation" has "omp").
    assert!(!rejects_openmp(
        "mod.c:1:1: error: unknown type name 'x'\ncompilation terminated."
    ));
}

#[test]
fn split_flags_like_a_shell() {
    assert_eq!(
        split_flags("  -O3   -march=native "),
        ["-O3", "-march=native"]
    );
    assert_eq!(
        split_flags(r#"-DX="a b" '-DY=c d' -DZ=e\ f"#),
        ["-DX=a b", "-DY=c d", "-DZ=e f"]
    );
    assert_eq!(split_flags(r#"-DQ=\"q\""#), [r#"-DQ="q""#]);
    assert_eq!(split_flags("''"), [""]);
    assert!(split_flags("").is_empty());
}

#[test]
fn shell_join_quotes_what_needs_it() {
    let w = vec!["gcc".to_string(), "-DX=a b".to_string(), "it's".to_string()];
    assert_eq!(shell_join(&w), r#"gcc '-DX=a b' 'it'\''s'"#);
}

#[test]
fn discover_real_python3() {
    let cfg = PythonConfig::discover(None).expect("python3 on PATH");
    assert!(
        cfg.version.0 == 3 && cfg.version.1 >= 8,
        "{:?}",
        cfg.version
    );
    assert!(
        cfg.include_dir.join("Python.h").is_file(),
        "{}",
        cfg.include_dir.display()
    );
    assert!(cfg.ext_suffix.ends_with(".so") || cfg.ext_suffix.ends_with(".pyd"));
    assert!(!cfg.cflags.iter().any(|f| f == "-g"));
    assert!(cfg.executable.is_absolute());
    // Asking again for a missing interpreter is a clean error, not a panic.
    let e = PythonConfig::discover(Some(Path::new("/nonexistent/python3"))).unwrap_err();
    assert!(matches!(e, DriverError::PythonNotFound { .. }), "{e}");
}

#[test]
fn compile_failure_carries_command_and_stderr() {
    let cfg = PythonConfig::discover(None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("bad.c");
    std::fs::write(&src, "int f(void) { return nope; }\n").unwrap();
    let req = BuildRequest {
        c_source: src.clone(),
        output: dir.path().join(format!("bad{}", cfg.ext_suffix)),
        ..BuildRequest::default()
    };
    let e = compile(&cfg, &req).unwrap_err();
    match &e {
        DriverError::CompileFailed {
            command, stderr, ..
        } => {
            assert!(
                command.iter().any(|a| a == &src.to_string_lossy()),
                "{command:?}"
            );
            assert!(stderr.contains("nope"), "{stderr}");
        }
        e => panic!("unexpected error {e}"),
    }
    let shown = e.to_string();
    assert!(
        shown.contains("command: ") && shown.contains("nope"),
        "{shown}"
    );
    // No module and no temporary file left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn compile_small_module_and_import_it() {
    let cfg = PythonConfig::discover(None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("tiny.c");
    std::fs::write(
        &src,
        r#"#define PY_SSIZE_T_CLEAN
#include <Python.h>
static PyObject *answer(PyObject *self, PyObject *args) { (void)self; (void)args; return PyLong_FromLong(42); }
static PyMethodDef methods[] = {{"answer", answer, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "tiny", NULL, 0, methods, NULL, NULL, NULL, NULL};
PyMODINIT_FUNC PyInit_tiny(void) { return PyModuleDef_Init(&def); }
"#,
    )
    .unwrap();
    let req = BuildRequest {
        c_source: src,
        output: dir.path().join(format!("tiny{}", cfg.ext_suffix)),
        // OpenMP on: works with a compiler that has it, falls back without.
        openmp: true,
        ..BuildRequest::default()
    };
    compile(&cfg, &req).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(&cfg.executable)
        .args(["-c", "import tiny; print(tiny.answer())"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "42",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cmds = command_line(&cfg, &req, dir.path());
    assert!(cmds.iter().all(|c| c.iter().any(|a| a == "-fopenmp")));
    assert!(cmds[1].iter().any(|a| a == &req.output.to_string_lossy()));
}
