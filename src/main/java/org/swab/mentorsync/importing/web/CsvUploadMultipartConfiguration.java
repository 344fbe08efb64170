package org.swab.mentorsync.importing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.swab.mentorsync.importing.CsvImportProperties;
import org.swab.mentorsync.importing.GivebutterCsvImportService;

/**
 * The contacts upload's limits bound every multipart request: the REST upload reads its own form
 * ({@link MultipartUploadBody}); the servlet parses the others (the upload dialog's) with these limits, to disk
 * (threshold 0), never into memory.
 */
@Configuration(proxyBeanMethods = false)
class CsvUploadMultipartConfiguration {

    static final String UPLOAD_PATH = "/api/sync/features/csv-upload";

    /** Room for the part headers, the boundary and a form field or two around the file. */
    static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(CsvImportProperties limits) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.maxFileSize());
        factory.setMaxRequestSize(DataSize.ofBytes(limits.maxFileSize().toBytes() + FORM_OVERHEAD.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }

    /** First of all filters on the upload path: a request that arrives ends the start-up warm-up. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadArrivalFilter(GivebutterCsvImportService imports) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                imports.uploadArriving();
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns(UPLOAD_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
