package org.crampwise.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of the test server whose "network" a test can pull: {@link #down()} closes every
 * open connection and refuses new ones, as a phone without signal does, for the page and its service worker alike
 * (Chromium's network emulation covers the page only); {@link #up()} lets connections through again.
 */
public final class SwitchableProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean up = true;

	public SwitchableProxy(int targetPort) {
		this.target = targetPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "switchable-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	public void down() {
		this.up = false;
		this.open.forEach(SwitchableProxy::closeQuietly);
		this.open.clear();
	}

	public void up() {
		this.up = true;
	}

	@Override
	public void close() {
		down();
		closeQuietly(this.server);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.up) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed, or the server went away: the browser sees a failed connection, as intended
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "switchable-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
