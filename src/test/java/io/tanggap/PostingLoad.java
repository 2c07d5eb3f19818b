package io.tanggap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The load of the ingestion benchmark: many keep-alive HTTP/1.1 connections, each posting a
 * response as soon as the previous one was answered, all driven by one thread with a selector. One
 * thread instead of one per connection takes less of the CPU the load shares with the service (no
 * thread wakes up per reply), so that what is measured is the service.
 */
final class PostingLoad {

	/** What the load achieved while it was counted. */
	record Result(long acknowledged, long errors, double seconds, long[] latenciesMicros) {
	}

	private final InetSocketAddress server;
	private final String head;
	private final Supplier<String> body;

	/**
	 * @param path the path to post to
	 * @param apiKey sent as {@code X-API-Key}
	 * @param body the JSON body of each post; each post also has a fresh {@code Idempotency-Key}
	 */
	PostingLoad(int port, String path, String apiKey, Supplier<String> body) {
		this.server = new InetSocketAddress("127.0.0.1", port);
		this.head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + apiKey
				+ "\r\nContent-Type: application/json\r\nIdempotency-Key: ";
		this.body = body;
	}

	/** Posts on {@code connections} connections for the warm-up (not counted), then for {@code seconds}. */
	Result run(int connections, double warmUpSeconds, double seconds) throws IOException {
		long start = System.nanoTime() + (long) (warmUpSeconds * 1e9);
		long end = start + (long) (seconds * 1e9);
		long[] latencies = new long[1 << 22];
		int measured = 0;
		long acknowledged = 0;
		long errors = 0;
		try (Selector selector = Selector.open()) {
			for (int c = 0; c < connections; c++) {
				new Connection(selector).send();
			}
			while (System.nanoTime() < end) {
				selector.select(100);
				for (SelectionKey key : selector.selectedKeys()) {
					Connection connection = (Connection) key.attachment();
					int status = connection.read();
					if (status == 0) {
						continue;
					}
					long now = System.nanoTime();
					if (connection.sentAt >= start) {
						if (status == 201) {
							acknowledged++;
							if (measured < latencies.length) {
								latencies[measured++] = (now - connection.sentAt) / 1000;
							}
						}
						else {
							errors++;
						}
					}
					if (now < end) {
						connection.send();
					}
				}
				selector.selectedKeys().clear();
			}
			for (SelectionKey key : selector.keys()) {
				key.channel().close();
			}
		}
		return new Result(acknowledged, errors, (System.nanoTime() - start) / 1e9, Arrays.copyOf(latencies, measured));
	}

	/** One connection: the request being written, the reply being read, opened again when the server closes it. */
	private final class Connection {

		private final Selector selector;
		private final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
		private SocketChannel channel;
		private long sentAt;

		Connection(Selector selector) throws IOException {
			this.selector = selector;
			open();
		}

		private void open() throws IOException {
			channel = SocketChannel.open(server);
			channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
			channel.configureBlocking(false);
			channel.register(selector, SelectionKey.OP_READ, this);
		}

		void send() throws IOException {
			byte[] json = body.get().getBytes(StandardCharsets.UTF_8);
			byte[] request = (head + UUID.randomUUID() + "\r\nContent-Length: " + json.length + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			ByteBuffer out = ByteBuffer.allocate(request.length + json.length).put(request).put(json).flip();
			in.clear();
			sentAt = System.nanoTime();
			while (out.hasRemaining()) {
				channel.write(out); // a few hundred bytes: the socket's buffer takes them at once
			}
		}

		/** @return the reply's status once it has been read whole, 0 while it is incomplete */
		int read() throws IOException {
			if (channel.read(in) < 0) {
				throw new IOException("the server closed the connection in the middle of a reply");
			}
			String received = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
			int headEnd = received.indexOf("\r\n\r\n");
			if (headEnd < 0) {
				return 0;
			}
			String lower = received.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
			int complete;
			if (lower.contains("transfer-encoding: chunked")) {
				int last = received.indexOf("\r\n0\r\n\r\n", headEnd);
				complete = last < 0 ? -1 : last + 7;
			}
			else {
				int at = lower.indexOf("content-length:");
				int length = at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).strip());
				complete = headEnd + 4 + length <= in.position() ? headEnd + 4 + length : -1;
			}
			if (complete < 0) {
				return 0;
			}
			int status = Integer.parseInt(received.substring(9, 12));
			if (lower.contains("connection: close")) {
				channel.close();
				open();
			}
			return status;
		}
	}
}
