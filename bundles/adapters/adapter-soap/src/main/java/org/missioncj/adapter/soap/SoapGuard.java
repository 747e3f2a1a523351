package org.missioncj.adapter.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.http.HttpServletRequest;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.rest.HttpSignIn;
import org.missioncj.core.api.rest.SignInRefused;

/**
 * The first thing every request meets, before a byte of XML is read: the size limit (413 at once when the
 * declared length is over it, and a cut-off for a body sent without one), then the platform's HTTP Basic
 * sign-in ({@link HttpSignIn}: TLS, back-off, exact names, lockout, audit), then the INTEGRATION role and the
 * account's system. A stranger's document is never parsed. Only GET ?wsdl and ?xsd go by unsigned: the contract
 * is public, the data is not.
 */
final class SoapGuard extends AbstractPhaseInterceptor<Message> {
    static final String ACTOR = SoapGuard.class.getName() + ".actor";
    static final String SYSTEM = SoapGuard.class.getName() + ".system";

    private final HttpSignIn signIn;
    private final Function<String, SoapSystem> systemOfAccount;
    private final long maxBytes;

    SoapGuard(HttpSignIn signIn, Function<String, SoapSystem> systemOfAccount, long maxBytes) {
        super(Phase.RECEIVE);
        // before CXF looks at the body at all (attachments, multipart boundaries)
        getBefore().add("org.apache.cxf.interceptor.AttachmentInInterceptor");
        this.signIn = signIn;
        this.systemOfAccount = systemOfAccount;
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        try {
            guard(message);
        } catch (SoapRefusal refused) {
            // refused before the body is read: nobody reads it now (see UnreadBody), and the connection closes after
            // the fault, so a client that sends its body slowly, or never, holds no thread
            message.setContent(InputStream.class, new java.io.ByteArrayInputStream(new byte[0]));
            Map<String, String> headers = new java.util.HashMap<>(refused.headers);
            headers.put("Connection", "close");
            throw new SoapRefusal(refused.status, refused.client, refused.getMessage(), headers);
        }
    }

    private void guard(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String method = (String) message.get(Message.HTTP_REQUEST_METHOD);
        if ("GET".equals(method)) {
            String query = (String) message.get(Message.QUERY_STRING);
            if (query != null && (query.equalsIgnoreCase("wsdl") || query.equals("xsd=mission-soap.xsd"))) {
                return;
            }
            throw new SoapRefusal(404, true, "This address serves ?wsdl and ?xsd=mission-soap.xsd; notifications are sent "
                    + "with POST.");
        }
        if (!"POST".equals(method)) {
            throw new SoapRefusal(405, true, "Send notifications with POST; GET serves ?wsdl and ?xsd=mission-soap.xsd.",
                    Map.of("Allow", "GET, POST"));
        }
        if (request != null && request.getContentLengthLong() > maxBytes) {
            throw new SoapRefusal(413, true, "The request is " + request.getContentLengthLong() + " bytes; this service "
                    + "takes at most " + maxBytes + " bytes per notification. Send one notification per request.");
        }
        Actor actor;
        try {
            actor = request == null ? null : signIn.signIn(request.getRemoteAddr(), request.isSecure(), request::getHeader);
        } catch (SignInRefused refused) {
            throw new SoapRefusal(refused.status(), true, refused.getMessage(), refused.status() == 401
                    ? Map.of("WWW-Authenticate", SignInRefused.CHALLENGE)
                    : refused.retryAfterSeconds() > 0 ? Map.of("Retry-After", Long.toString(refused.retryAfterSeconds()))
                    : Map.of());
        } catch (org.missioncj.core.api.ValidationException invalid) {
            throw new SoapRefusal(400, true, invalid.getMessage());
        }
        if (actor == null) {
            throw new SoapRefusal(401, true, "Sign in with HTTP Basic authentication.",
                    Map.of("WWW-Authenticate", SignInRefused.CHALLENGE));
        }
        if (!actor.hasRole(Role.INTEGRATION)) {
            throw new SoapRefusal(403, true, "Only an INTEGRATION account that a host system's configuration names "
                    + "may send notifications.");
        }
        SoapSystem system = systemOfAccount.apply(actor.username());
        if (system == null) {
            throw new SoapRefusal(403, true, actor.username() + " is the account of no SOAP host system: an operator "
                    + "names it as account in etc/org.missioncj.adapter.soap-<system>.cfg.");
        }
        String action = request.getHeader("SOAPAction");
        String bare = action == null ? "" : action.trim().replaceAll("^\"|\"$", "");
        if (!bare.isEmpty() && !ACTIONS.contains(bare)) {
            throw SoapRefusal.client("SOAPAction " + (bare.length() > 80 ? bare.substring(0, 80) + "..." : bare)
                    + " is none of this service's: " + ACTIONS + " (or leave it empty).");
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Limited(in, maxBytes));
        }
        message.put(ACTOR, actor);
        message.put(SYSTEM, system);
        message.put(UnreadBody.SIGNED_IN, Boolean.TRUE);
    }

    static final java.util.Set<String> ACTIONS = new java.util.TreeSet<>(java.util.List.of(
            "urn:missioncj:soap:custody:1:NotifyBooking", "urn:missioncj:soap:custody:1:NotifyRelease",
            "urn:missioncj:soap:custody:1:NotifyCourtEvent"));

    /** A body longer than the limit ends in an error that {@link FriendlyFaults} words, not a parse of all of it. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }

    /** Thrown into the parser when a body goes past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long max;

        TooLarge(long max) {
            super("body over " + max + " bytes");
            this.max = max;
        }
    }

    static Fault fault(SoapRefusal r) {
        Fault f = new Fault(r, r.client ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        f.setStatusCode(r.status);
        return f;
    }
}
