module chanscope.dev/bench

go 1.19
