package org.crampwise.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The view every Thymeleaf page is rendered with: the template writes into a buffer of fixed-size chunks, which goes
 * to the response in a few large writes once the whole page has rendered.
 * <p>
 * Written straight to the response, each of a page's many small writes went through the security and session response
 * wrappers, which count the bytes (a tenth of {@code /episodes}' time, issue 11). Thymeleaf's own alternative (no
 * partial output) renders into one string buffer that starts at 1 kB and doubles, and turns into two bytes a character
 * at the first one outside Latin-1 (a dash, a quotation mark), then copies it into a string: a page of 66 kB
 * allocated some 700 kB that way, and that rate of garbage is what makes G1 grow the heap under load (docs/operations.md,
 * "Start-up and memory"). The chunks are filled once and never copied, and a page that fails half-way has written
 * nothing, so the error page starts from an empty response, as with a single buffer.
 */
public class PageBufferView extends ThymeleafView {

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		PageBuffer page = new PageBuffer(response);
		try {
			super.render(model, request, page);
			page.writeTo(response);
		}
		finally {
			page.chunks.release();
		}
	}

	/** Makes Spring Boot's view resolver use this view, writing through its buffer. */
	@Component
	static final class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String name) {
			if (bean instanceof ThymeleafViewResolver resolver) {
				resolver.setViewClass(PageBufferView.class);
				// into the buffer as it renders (the buffer is the whole page's single write)
				resolver.setProducePartialOutputWhileProcessing(true);
			}
			return bean;
		}

	}

	/** The response as the template sees it: its writer is the buffer; everything else is the real response's. */
	static final class PageBuffer extends HttpServletResponseWrapper {

		private final Chunks chunks = new Chunks();

		private final PrintWriter writer = new PrintWriter(this.chunks);

		PageBuffer(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a page is written as text");
		}

		/** Nothing is sent before the page is whole. */
		@Override
		public void flushBuffer() {
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			this.chunks.clear();
		}

		@Override
		public void reset() {
			super.reset();
			this.chunks.clear();
		}

		void writeTo(HttpServletResponse response) throws IOException {
			this.writer.flush();
			PrintWriter out = response.getWriter();
			this.chunks.writeTo(out);
			out.flush();
		}

	}

	/**
	 * Characters in chunks of {@value #SIZE}: appending never copies what is already there. A request thread keeps up
	 * to {@value #SPARE} chunks for its next page once a page is written (the text is in the response's own buffer
	 * by then), so a page of up to {@value #SPARE} chunks allocates none of them: the chunks were most of what a page
	 * allocated (two thirds of the calendar's bytes). A thread keeps at most {@code SPARE * SIZE * 2} bytes.
	 */
	static final class Chunks extends Writer {

		static final int SIZE = 8192;

		static final int SPARE = 8;

		private static final ThreadLocal<ArrayDeque<char[]>> spare = ThreadLocal.withInitial(ArrayDeque::new);

		private final List<char[]> full = new ArrayList<>();

		private char[] current = take();

		private int used;

		private boolean released;

		@Override
		public void write(char[] text, int offset, int length) {
			int from = offset;
			int left = length;
			while (left > 0) {
				int n = Math.min(left, room());
				System.arraycopy(text, from, this.current, this.used, n);
				this.used += n;
				from += n;
				left -= n;
			}
		}

		@Override
		public void write(String text, int offset, int length) {
			int from = offset;
			int left = length;
			while (left > 0) {
				int n = Math.min(left, room());
				text.getChars(from, from + n, this.current, this.used);
				this.used += n;
				from += n;
				left -= n;
			}
		}

		@Override
		public void write(int c) {
			room();
			this.current[this.used++] = (char) c;
		}

		/** Room left in the current chunk, after starting a new one if it is full. */
		private int room() {
			if (this.released) {
				throw new IllegalStateException("the page was written and its chunks given back");
			}
			if (this.used == SIZE) {
				this.full.add(this.current);
				this.current = take();
				this.used = 0;
			}
			return SIZE - this.used;
		}

		void writeTo(Writer out) throws IOException {
			for (char[] chunk : this.full) {
				out.write(chunk, 0, SIZE);
			}
			out.write(this.current, 0, this.used);
		}

		void clear() {
			this.full.forEach(Chunks::give);
			this.full.clear();
			this.used = 0;
		}

		/** Gives every chunk back to the thread; nothing may be written after. */
		void release() {
			clear();
			give(this.current);
			this.released = true;
		}

		private static char[] take() {
			char[] chunk = spare.get().poll();
			return (chunk != null) ? chunk : new char[SIZE];
		}

		private static void give(char[] chunk) {
			ArrayDeque<char[]> kept = spare.get();
			if (chunk.length == SIZE && kept.size() < SPARE) {
				kept.push(chunk);
			}
		}

		/** How many characters were written (for tests). */
		int length() {
			return this.full.size() * SIZE + this.used;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
