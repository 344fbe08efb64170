package org.swab.mentorsync.importing.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.swab.mentorsync.importing.CsvImportProperties;

/**
 * The contacts upload is the app's only multipart endpoint, so its file limit bounds every multipart request.
 * Bodies stream to disk (threshold 0), never into memory.
 */
@Configuration(proxyBeanMethods = false)
class CsvUploadMultipartConfiguration {

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
}
