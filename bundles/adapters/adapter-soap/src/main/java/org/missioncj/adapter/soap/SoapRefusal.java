package org.missioncj.adapter.soap;

import java.util.Map;

/**
 * A request the SOAP service refuses, with the words the sender reads in the fault and the HTTP status it
 * goes with: a Client fault for what the sender must fix (bad document, no right, unknown system), a Server
 * fault for what a retry may cure.
 */
final class SoapRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final boolean client;
    /** HTTP headers to send with the fault (WWW-Authenticate, Retry-After). */
    final Map<String, String> headers;

    SoapRefusal(int status, boolean client, String text) {
        this(status, client, text, Map.of());
    }

    SoapRefusal(int status, boolean client, String text, Map<String, String> headers) {
        super(text, null, false, false);
        this.status = status;
        this.client = client;
        this.headers = headers;
    }

    static SoapRefusal client(String text) {
        return new SoapRefusal(400, true, text);
    }
}
