// Concepts: flag package with defaults when no arguments are given, flag.Int, flag.String, flag.Bool, flag.Duration, NArg
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	workers := flag.Int("workers", 4, "number of workers")
	name := flag.String("name", "pool", "pool name")
	verbose := flag.Bool("v", false, "verbose output")
	timeout := flag.Duration("timeout", 250*time.Millisecond, "per-job timeout")
	var retries int
	flag.IntVar(&retries, "retries", 3, "retries per job")
	flag.Parse()
	fmt.Println(*workers, *name, *verbose, *timeout, retries, flag.NArg(), flag.Args())
	flag.VisitAll(func(f *flag.Flag) {
		fmt.Printf("-%s (default %q): %s\n", f.Name, f.DefValue, f.Usage)
	})
}
