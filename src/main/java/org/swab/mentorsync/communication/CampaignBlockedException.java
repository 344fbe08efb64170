package org.swab.mentorsync.communication;

/** A campaign was asked for while {@link CampaignBlock blocked}; nothing was written. */
public class CampaignBlockedException extends RuntimeException {

    private final CampaignBlock block;

    CampaignBlockedException(CampaignBlock block) {
        super(block.message());
        this.block = block;
    }

    public CampaignBlock block() {
        return block;
    }
}
