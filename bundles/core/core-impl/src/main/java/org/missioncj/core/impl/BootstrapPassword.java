package org.missioncj.core.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Hashes a bootstrap sign-in's password for {@code etc/users.properties} the way staff accounts
 * are hashed, for {@code bin/mission-add-user}, which runs it outside OSGi:
 *
 * <pre>java -cp system/org/missioncj/core-impl/VERSION/core-impl-VERSION.jar org.missioncj.core.impl.BootstrapPassword NAME [ITERATIONS]</pre>
 *
 * It reads the password from the first line of standard input (never from the command line, which
 * other users of the machine can see), checks it against {@link PasswordPolicy} and prints the
 * stored form, {@code pbkdf2-sha256$...}, which {@link MissionPasswordEncryption} verifies.
 * Exit status 2 with the reason on standard error when the password is refused. Standard output
 * and error are its protocol with the script, not logging: no logger is on its class path there.
 */
public final class BootstrapPassword {
    private BootstrapPassword() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BootstrapPassword NAME [ITERATIONS] < password");
            System.exit(2);
        }
        int iterations = args.length == 2 ? Integer.parseInt(args[1]) : MissionPasswordEncryption.DEFAULT_ITERATIONS;
        if (iterations < AccountServiceImpl.MIN_ITERATIONS) {
            System.err.println("iterations must be at least " + AccountServiceImpl.MIN_ITERATIONS);
            System.exit(2);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        char[] password = line == null ? new char[0] : line.toCharArray();
        String problem = PasswordPolicy.problem(args[0], password);
        if (problem != null) {
            System.err.println("The password " + problem + ".");
            System.exit(2);
        }
        System.out.println(PasswordHash.hash(password, iterations));
        Arrays.fill(password, '\0');
    }
}
