package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from, for throttling sign-ins. The connection's peer, unless that peer
 * is one of {@code samverka.trusted-proxies} (addresses or CIDR ranges, e.g. the ingress controller's
 * pod network): then the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy. Without trusted proxies the header is ignored, since any client can write it (Micronaut's own
 * resolver would believe it).
 */
@Singleton
public class ClientAddress {

    private final List<Range> trusted;

    ClientAddress(@Value("${samverka.trusted-proxies:}") List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    public String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
        return of(peer, request.getHeaders().getAll("X-Forwarded-For"));
    }

    String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** Only literal addresses: a name in the header is never looked up. */
    private static Optional<byte[]> literal(String address) {
        String a = address.replace("[", "").replace("]", "");
        if (!a.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(a).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or CIDR range. */
    record Range(byte[] network, int prefix) {

        static Range parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            byte[] network = literal(parts[0]).orElseThrow(
                    () -> new IllegalArgumentException("samverka.trusted-proxies: not an address: " + cidr));
            return new Range(network, parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
