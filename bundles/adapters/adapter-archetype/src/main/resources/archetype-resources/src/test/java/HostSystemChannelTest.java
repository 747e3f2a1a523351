package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.spi.DeliveryException;

import com.sun.net.httpserver.HttpServer;

/** Against a local HTTP server on a free loopback port, answering with the status the test sets. */
class HostSystemChannelTest {
    private static final String BODY = "{\"kind\":\"ENROLLMENT_NOTICE\",\"participant\":\"P-TEST-0001\"}";
    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> messageId = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HostSystemChannel channel;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/inbound", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            messageId.set(exchange.getRequestHeaders().getFirst(HostSystemChannel.MESSAGE_ID_HEADER));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (status.get() == 0) {
                try {
                    // a system that does not answer, until the test ends
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        channel = new HostSystemChannel("${systemName}", "http://127.0.0.1:" + server.getAddress().getPort() + "/inbound");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private static OutboundMessage message() {
        OutboundMessage m = new OutboundMessage();
        m.id = "out-0001";
        m.system = "${systemName}";
        m.body = BODY;
        return m;
    }

    @Test
    void a200IsDelivered() throws DeliveryException {
        channel.deliver(message());
        assertEquals(BODY, received.get());
        assertEquals("out-0001", messageId.get());
        assertEquals("application/json", contentType.get());
    }

    @Test
    void a503IsTriedAgain() {
        status.set(503);
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(message()));
        assertFalse(e.permanent());
        assertEquals("${systemName} answered HTTP 503", e.getMessage());
    }

    @Test
    void a422IsPermanent() {
        status.set(422);
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(message()));
        assertTrue(e.permanent());
        assertEquals("${systemName} answered HTTP 422", e.getMessage());
    }

    @Test
    void aSystemThatCannotBeReachedIsTriedAgain() {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HostSystemChannel gone = new HostSystemChannel("${systemName}", "http://127.0.0.1:" + port + "/inbound");
        DeliveryException e = assertThrows(DeliveryException.class, () -> gone.deliver(message()));
        assertFalse(e.permanent());
        assertTrue(e.getMessage().startsWith("${systemName} could not be reached"), e.getMessage());
    }

    @Test
    void aSystemThatDoesNotAnswerInTimeIsTriedAgain() {
        status.set(0);
        HostSystemChannel slow = new HostSystemChannel("${systemName}",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/inbound", Duration.ofSeconds(5), Duration.ofMillis(300));
        DeliveryException e = assertThrows(DeliveryException.class, () -> slow.deliver(message()));
        assertFalse(e.permanent());
        assertEquals("${systemName} could not be reached: HttpTimeoutException", e.getMessage());
    }

    @Test
    void plainHttpElsewhereOrABadNameIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new HostSystemChannel("${systemName}", "http://host.example.org/in"));
        assertThrows(IllegalArgumentException.class, () -> new HostSystemChannel("${systemName}", ""));
        assertThrows(IllegalArgumentException.class, () -> new HostSystemChannel("Not A Name", "https://host.example.org/in"));
    }
}
