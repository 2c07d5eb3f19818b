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

/** One keep-alive HTTP/1.1 connection that posts JSON and reads the status and the body's length. */
final class KeepAliveClient implements AutoCloseable {

	private final int port;
	private Socket socket;
	private OutputStream out;
	private BufferedInputStream in;

	KeepAliveClient(int port) throws IOException {
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
		if (chunked) {
			for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
				in.skipNBytes(size);
				line();
			}
			line();
		}
		else if (length > 0) {
			in.skipNBytes(length);
		}
		if (close) {
			socket.close();
			connect();
		}
		return code;
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
