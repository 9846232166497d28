package org.crampwise.system;

import java.io.PrintWriter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageBufferViewTests {

	@Test
	void chunksKeepEveryCharacterInOrderAcrossChunkBoundaries() throws Exception {
		long seed = 20261203L;
		System.out.println("PageBufferViewTests seed " + seed);
		Random random = new Random(seed);
		String alphabet = "abc <>&\"—’é😀\n";
		StringBuilder expected = new StringBuilder();
		PageBufferView.Chunks chunks = new PageBufferView.Chunks();
		while (expected.length() < 5 * PageBufferView.Chunks.SIZE + 17) {
			StringBuilder piece = new StringBuilder();
			int length = (random.nextInt(4) == 0) ? random.nextInt(3 * PageBufferView.Chunks.SIZE) : random.nextInt(40);
			for (int i = 0; i < length; i++) {
				piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String text = piece.toString();
			switch (random.nextInt(3)) {
				case 0 -> chunks.write(text, 0, text.length());
				case 1 -> chunks.write(("x" + text + "y").toCharArray(), 1, text.length());
				default -> text.chars().forEach(chunks::write);
			}
			expected.append(text);
		}
		java.io.StringWriter out = new java.io.StringWriter();
		chunks.writeTo(out);
		assertThat(out.toString()).isEqualTo(expected.toString());
		assertThat(chunks.length()).isEqualTo(expected.length());
	}

	@Test
	void nothingReachesTheResponseUntilThePageIsWhole() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCharacterEncoding("UTF-8");
		PageBufferView.PageBuffer page = new PageBufferView.PageBuffer(response);
		PrintWriter writer = page.getWriter();
		writer.write("<p>half a page — ");
		page.flushBuffer();
		assertThat(response.getContentAsString()).isEmpty();
		assertThat(response.isCommitted()).isFalse();

		page.resetBuffer(); // what an error page does first: nothing of the failed page is left
		writer.write("<p>the error page</p>");
		page.writeTo(response);
		assertThat(response.getContentAsString()).isEqualTo("<p>the error page</p>");
	}

	@Test
	void theResolverRendersEveryPageThroughTheBuffer() {
		ThymeleafViewResolver resolver = new ThymeleafViewResolver();
		resolver.setProducePartialOutputWhileProcessing(false);
		new PageBufferView.Installer().postProcessBeforeInitialization(resolver, "thymeleafViewResolver");
		assertThat(ReflectionTestUtils.getField(resolver, "viewClass")).isEqualTo(PageBufferView.class);
		assertThat(resolver.getProducePartialOutputWhileProcessing()).isTrue();
	}

	@Test
	void aThreadReusesItsChunksForItsNextPageAndKeepsOnlyAFew() throws Exception {
		PageBufferView.Chunks first = new PageBufferView.Chunks();
		String page = "é".repeat(3 * PageBufferView.Chunks.SIZE + 5);
		first.write(page, 0, page.length());
		first.release();
		assertThatThrownBy(() -> first.write("late", 0, 4)).isInstanceOf(IllegalStateException.class);

		PageBufferView.Chunks second = new PageBufferView.Chunks();
		String other = "<p>".repeat(20 * PageBufferView.Chunks.SIZE);
		second.write(other, 0, other.length());
		java.io.StringWriter out = new java.io.StringWriter();
		second.writeTo(out);
		assertThat(out.toString()).isEqualTo(other); // nothing of the first page in the reused chunks
		second.release();

		PageBufferView.Chunks third = new PageBufferView.Chunks();
		java.lang.reflect.Field kept = PageBufferView.Chunks.class.getDeclaredField("spare");
		kept.setAccessible(true);
		int spare = ((java.util.ArrayDeque<?>) ((ThreadLocal<?>) kept.get(null)).get()).size();
		assertThat(spare).isEqualTo(PageBufferView.Chunks.SPARE - 1); // at most SPARE kept, one taken by the third
		third.release();
	}

}
