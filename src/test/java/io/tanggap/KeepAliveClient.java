package io.tanggap;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * One keep-alive HTTP/1.1 connection for benchmarks: it writes a request's bytes and reads the
 * status and the body, and so takes as little as possible of the CPU it shares with the service
 * ({@code java.net.http.HttpClient} took about 5 ms of a 2-core machine per request).
 */
public final class KeepAliveClient implements AutoCloseable {

	/** A response's status and, where asked for, its body. */
	public record Reply(int status, byte[] body) {
	}

	private final int port;
	private Socket socket;
	private OutputStream out;
	private BufferedInputStream in;

	public KeepAliveClient(int port) throws IOException {
		this.port = port;
		connect();
	}

	/** Opens the connection; again after the server closed it (Tomcat closes after 100 requests). */
	private void connect() throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setTcpNoDelay(true);
		out = new BufferedOutputStream(socket.getOutputStream(), 2048);
		in = new BufferedInputStream(socket.getInputStream(), 8192);
	}

	int post(String path, String key, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key + "\r\nIdempotency-Key: "
				+ UUID.randomUUID() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.ISO_8859_1));
		out.write(body);
		return exchange(false).status();
	}

	/**
	 * A GET with the API key; the reply has the whole body. A GET may be sent again: when the server
	 * has closed an idle connection, it is opened again and the request sent once more.
	 */
	public Reply get(String path, String key) throws IOException {
		byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key + "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		try {
			out.write(request);
			return exchange(true);
		}
		catch (IOException closed) {
			socket.close();
			connect();
			out.write(request);
			return exchange(true);
		}
	}

	/** Sends what was written and reads the reply, its body kept or skipped. */
	private Reply exchange(boolean keepBody) throws IOException {
		out.flush();
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		java.io.ByteArrayOutputStream kept = keepBody ? new java.io.ByteArrayOutputStream() : null;
		if (chunked) {
			for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
				body(size, kept);
				line();
			}
			line();
		}
		else if (length > 0) {
			body(length, kept);
		}
		if (close) {
			socket.close();
			connect();
		}
		return new Reply(code, kept == null ? new byte[0] : kept.toByteArray());
	}

	private void body(long size, java.io.ByteArrayOutputStream kept) throws IOException {
		if (kept == null) {
			in.skipNBytes(size);
		}
		else {
			kept.write(in.readNBytes(Math.toIntExact(size)));
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new EOFException("connection closed");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
