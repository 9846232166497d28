package org.crampwise.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages get only what they show: the status and the path. Boot's error model also carries {@code error} (the
 * reason phrase, "Not Found") and may carry {@code message}, the very names under which controllers put flash message
 * keys; the layout's flash area then looked "Not Found" up as a message key and showed "??Not Found_en_US??". With
 * this model no page of the layout can mistake Boot's attributes for the app's. The views are chosen by Boot's own
 * conventions ({@code error/404.html}, then {@code error.html}).
 */
@Component
class PageErrorViewResolver implements ErrorViewResolver, Ordered {

	private final DefaultErrorViewResolver conventions;

	PageErrorViewResolver(ApplicationContext context, WebProperties web) {
		this.conventions = new DefaultErrorViewResolver(context, web.getResources());
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("status", model.get("status"));
		page.put("path", model.get("path"));
		ModelAndView view = this.conventions.resolveErrorView(request, status, page);
		return (view != null) ? view : new ModelAndView("error", page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
