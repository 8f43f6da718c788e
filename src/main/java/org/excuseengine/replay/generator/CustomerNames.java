package org.excuseengine.replay.generator;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Made-up trading company names, in the customer's own language. */
final class CustomerNames {
    private static final Map<String, List<String>> FIRST = Map.of(
            Phrasebook.EN, List.of("Northwind", "Harbor", "Summit", "Golden River", "Bluebird", "Evergreen", "Redwood",
                    "Silverline", "Oakfield", "Brightway"),
            Phrasebook.ZH_HANT, List.of("華信", "興隆", "永豐", "鴻運", "金泰", "大同", "新源", "福順", "長榮", "寶島"),
            Phrasebook.ZH_HANS, List.of("华信", "兴隆", "永丰", "鸿运", "金泰", "大同", "新源", "福顺", "长江", "东方"));
    private static final Map<String, List<String>> LAST = Map.of(
            Phrasebook.EN, List.of(" Trading", " Supplies", " Distribution", " Retail", " Wholesale", " Mart"),
            Phrasebook.ZH_HANT, List.of("貿易", "商行", "實業", "百貨", "批發"),
            Phrasebook.ZH_HANS, List.of("贸易", "商行", "实业", "百货", "批发"));

    private CustomerNames() {}

    static String draw(String language, Random random) {
        List<String> first = FIRST.get(language);
        List<String> last = LAST.get(language);
        return first.get(random.nextInt(first.size())) + last.get(random.nextInt(last.size()));
    }
}
