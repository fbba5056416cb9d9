// Command stdnames writes, for each std package Chanscope declares, the exported package-level
// names real Go's package has (funcs, types, vars, consts) to
// backend/src/main/resources/dev/chanscope/lang/std/<path>.names, one per line, so that the type
// checker can say "strings.EqualFold is not supported in Chanscope" instead of "undefined" for a
// name Chanscope's declarations lack. Run from the repository root with the Go toolchain whose
// std it should read (Go 1.19 here):
//
//	GO111MODULE=off go run ./backend/tools/stdnames/main.go
package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

var paths = []string{
	"bufio", "bytes", "container/heap", "container/list", "container/ring", "context", "errors", "io/fs",
	"flag", "fmt", "io", "math", "math/rand", "os", "runtime", "sort", "strconv", "strings", "sync",
	"sync/atomic", "time", "unicode", "unicode/utf8",
}

func main() {
	out := filepath.Join("backend", "src", "main", "resources", "dev", "chanscope", "lang", "std")
	for _, p := range paths {
		dir := filepath.Join(runtime.GOROOT(), "src", p)
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, 0)
		if err != nil {
			panic(err)
		}
		names := map[string]bool{}
		for name, pkg := range pkgs {
			if strings.HasSuffix(name, "_test") {
				continue
			}
			for _, f := range pkg.Files {
				for _, d := range f.Decls {
					switch d := d.(type) {
					case *ast.FuncDecl:
						if d.Recv == nil && d.Name.IsExported() {
							names[d.Name.Name] = true
						}
					case *ast.GenDecl:
						for _, s := range d.Specs {
							switch s := s.(type) {
							case *ast.TypeSpec:
								if s.Name.IsExported() {
									names[s.Name.Name] = true
								}
							case *ast.ValueSpec:
								for _, n := range s.Names {
									if n.IsExported() {
										names[n.Name] = true
									}
								}
							}
						}
					}
				}
			}
		}
		var list []string
		for n := range names {
			list = append(list, n)
		}
		sort.Strings(list)
		if err := os.WriteFile(filepath.Join(out, p+".names"), []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
			panic(err)
		}
	}
}
