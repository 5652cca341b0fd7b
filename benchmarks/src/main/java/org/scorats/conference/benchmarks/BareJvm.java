package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.JavaRuntime;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.ResidentMemory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The baseline of a start: a JVM with the services' options that only prints a line, timed and weighed. */
record BareJvm(double readySeconds, long rssMib) {

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ready");
        Thread.sleep(3000); // long enough to be weighed
    }

    static BareJvm measure(JavaRuntime runtime) throws Exception {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(runtime.java()));
        command.addAll(LocalStack.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareJvm.class.getName()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine();
            double ready = (System.nanoTime() - started) / 1e9;
            Thread.sleep(1000);
            long rss = ResidentMemory.kib(process.pid()) / 1024;
            process.waitFor();
            return new BareJvm(ready, rss);
        }
    }
}
