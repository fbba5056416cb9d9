package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

const callers = {{callers}}
const spread = {{spread}}     // callers arrive at random times within spread
const initTime = {{initTime}} // how long loading the config takes

type Config struct{ Version int }

var (
	once   sync.Once
	config *Config
	loads  int // how many times loadConfig ran
)

func loadConfig() {
	loads++
	time.Sleep(initTime) // reading a file, connecting to a database, ...
	config = &Config{Version: 42}
}

// getConfig loads the config the first time anyone needs it; every call returns the same one.
func getConfig() *Config {
	once.Do(loadConfig)
	return config
}

func main() {
	var wg sync.WaitGroup
	saw := make([]int, callers)
	for c := 0; c < callers; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			time.Sleep(time.Duration(rand.Int63n(int64(spread) + 1))) // arrives some time later
			saw[c] = getConfig().Version
			fmt.Printf("caller %d got version %d\n", c, saw[c])
		}(c)
	}
	wg.Wait()
	ready := 0
	for _, v := range saw {
		if v == 42 {
			ready++
		}
	}
	fmt.Println("= loadConfig ran", loads, "time(s)")
	fmt.Printf("= %d of %d callers saw the loaded config\n", ready, callers)
}
