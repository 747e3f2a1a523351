package org.missioncj.adapter.soap;

import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Before an answer goes out, CXF reads what is left of the request's body (up to 16 MB) so that the connection can
 * serve another request. For a request nobody read (refused at sign-in, no such path, a type not taken) that lets a
 * client who sends its body slowly, or never, hold a server thread as long as it likes. This drops CXF's read: the
 * servlet container takes what has already arrived and closes the connection when more is due. A signed-in request
 * ({@link #SIGNED_IN} on the message) keeps CXF's read, so that its client, still sending an oversized body, reads the
 * 413 rather than a closed connection.
 */
final class UnreadBody extends AbstractPhaseInterceptor<Message> {
    /** Set on the incoming message once its sign-in succeeded. */
    static final String SIGNED_IN = "org.missioncj.signedIn";

    UnreadBody() {
        super(Phase.PREPARE_SEND);
    }

    @Override
    public void handleMessage(Message message) {
        Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
        if (in != null && in.get(SIGNED_IN) == null) {
            in.removeContent(DelegatingInputStream.class);
        }
    }
}
