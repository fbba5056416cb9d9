module chanscope.dev/bench/gointerp

go 1.19
