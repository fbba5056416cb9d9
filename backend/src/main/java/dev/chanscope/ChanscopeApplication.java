package dev.chanscope;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Chanscope: deterministic Go-style concurrency simulations, streamed to the browser. */
@SpringBootApplication
public class ChanscopeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChanscopeApplication.class, args);
    }
}
