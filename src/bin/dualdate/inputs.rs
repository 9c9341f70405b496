//! What to read: files and directories named on the command line, and `-`
//! for standard input. Directories are walked with the `ignore` crate:
//! `.gitignore` and `.ignore` rules are honoured, hidden files skipped unless
//! asked for, symbolic-link loops detected; entries come in file-name order
//! so that output is the same from run to run.

use std::path::{Path, PathBuf};

/// One thing to read.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File {
        /// Its path.
        path: PathBuf,
        /// Whether it was named on the command line (then it is read even
        /// if it looks binary).
        explicit: bool,
        /// Its size when found, for batching and progress.
        size: u64,
    },
}

impl Source {
    /// The name shown in messages.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File { path, .. } => display(path),
        }
    }
}

/// A path for messages (lossy for paths that are not UTF-8).
pub fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// How to walk directories.
#[derive(Debug, Clone, Copy)]
pub struct Walk {
    /// Also read hidden files and directories.
    pub hidden: bool,
    /// Follow symbolic links.
    pub follow: bool,
    /// Do not honour .gitignore/.ignore files.
    pub no_ignore: bool,
}

/// The sources named by `paths`, in order; problems finding them go to
/// `error` (path, message) and the others are still returned.
pub fn collect(
    paths: &[PathBuf],
    walk: Walk,
    error: &mut dyn FnMut(Option<String>, String),
) -> Vec<Source> {
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                error(Some(display(path)), e.to_string());
                continue;
            }
        };
        if meta.is_file() {
            sources.push(Source::File {
                path: path.clone(),
                explicit: true,
                size: meta.len(),
            });
            continue;
        }
        if !meta.is_dir() {
            // Opening a FIFO would wait for a writer for ever; sockets and
            // devices are not texts either. Standard input is `-`.
            let message = "not a regular file or directory; pipe it into `-` to read it";
            error(Some(display(path)), message.to_owned());
            continue;
        }
        let mut builder = ignore::WalkBuilder::new(path);
        // The standard filters include hidden files; set those after.
        builder
            .standard_filters(!walk.no_ignore)
            .hidden(!walk.hidden)
            .follow_links(walk.follow)
            .require_git(false)
            .sort_by_file_name(|a, b| a.cmp(b));
        for entry in builder.build() {
            let e = match entry {
                Ok(e) => e,
                Err(e) => {
                    error(None, e.to_string());
                    continue;
                }
            };
            let Some(kind) = e.file_type() else { continue };
            if kind.is_file() {
                let size = e.metadata().map(|m| m.len()).unwrap_or(0);
                sources.push(Source::File {
                    path: e.into_path(),
                    explicit: false,
                    size,
                });
            } else if !kind.is_dir() && !kind.is_symlink() {
                // A FIFO, socket or device is not read: it could block for
                // ever.
                let message = "not a regular file or directory; skipped";
                error(Some(display(e.path())), message.to_owned());
            }
            // Symbolic links are followed only with --follow; then the
            // walker reports what they point to.
        }
    }
    sources
}
