package io.papergraph.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;

/**
 * Supplies {@code papergraph.embedded.bolt-port} with a free loopback port, so that the driver (created
 * before any startup observer runs) and the embedded database agree on it. Its low ordinal lets
 * {@code application.properties} and the environment override it.
 */
public class FreeBoltPortConfigSource implements ConfigSource {

    static final String KEY = "papergraph.embedded.bolt-port";
    private volatile String port;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        if (port == null) {
            synchronized (this) {
                if (port == null) {
                    port = Integer.toString(freeLoopbackPort());
                }
            }
        }
        return port;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "papergraph-free-bolt-port";
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded Neo4j Bolt connector", e);
        }
    }
}
