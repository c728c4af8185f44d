package se.samverka.app;

import io.micronaut.runtime.Micronaut;

/** Starts the portal: one process, one port, Vaadin UI and REST API together. */
public final class SamverkaApplication {

    private SamverkaApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(SamverkaApplication.class)
                .banner(false)
                .start();
    }
}
