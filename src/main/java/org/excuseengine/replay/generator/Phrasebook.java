package org.excuseengine.replay.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.excuseengine.model.Category;

/**
 * What customers say, in the three languages of the product: a few ways of putting each kind of
 * excuse, as a salesperson would hear them. Written for the generator; the classifier's lexicon
 * is kept apart, so that generated journals test the classifier rather than echo it.
 */
final class Phrasebook {
    static final String EN = "en";
    static final String ZH_HANT = "zh-Hant";
    static final String ZH_HANS = "zh-Hans";
    static final List<String> LANGUAGES = List.of(ZH_HANT, ZH_HANS, EN);

    private static final Map<Category, Map<String, List<String>>> PHRASES = new EnumMap<>(Category.class);

    static {
        add(Category.TIGHT_CASH,
                List.of("Money is really tight for us this month, can we settle later?",
                        "Our cash flow is stretched thin right now.",
                        "We're short of funds until the end of the quarter.",
                        "Things are tight at the moment, give us a few more weeks."),
                List.of("這個月週轉真的很吃緊，能不能晚點再付？",
                        "最近現金流很緊，手頭沒有多餘的錢。",
                        "公司資金一時周轉不過來，再寬限幾週吧。",
                        "帳上現在真的沒錢，等下個月回款再說。"),
                List.of("这个月资金周转实在紧张，能不能晚点再付？",
                        "最近现金流很紧，手头没有闲钱。",
                        "公司资金一时转不过来，再宽限几周吧。",
                        "账上现在真没钱，等下个月回款再说。"));
        add(Category.PAYING_SOON,
                List.of("The transfer is already being processed, you'll see it in a few days.",
                        "We'll pay right away, I just need the manager's signature.",
                        "Payment goes out this Friday, I promise.",
                        "Finance has it in the queue, it's coming very soon."),
                List.of("款項已經在跑流程了，過幾天就會入帳。",
                        "馬上就付，只差老闆簽個字。",
                        "這個星期五一定匯出去。",
                        "財務已經排進付款清單了，很快就到。"),
                List.of("款项已经在走流程了，过几天就到账。",
                        "马上就付，就差老板签个字。",
                        "这周五一定打过去。",
                        "财务已经排进付款计划了，很快就到。"));
        add(Category.QUALITY,
                List.of("Half of the last shipment was defective, we can't pay for goods we can't sell.",
                        "The product quality has dropped, our customers keep returning it.",
                        "We found cracked units in the last batch.",
                        "Your goods are faulty; fix that first and then we'll talk about payment."),
                List.of("上一批貨有一半是瑕疵品，賣不出去的貨我們不付。",
                        "產品品質越來越差，客人一直退貨。",
                        "最後這批貨裡有好幾件是裂的。",
                        "你們的貨有問題，先處理好再談付款。"),
                List.of("上一批货有一半是次品，卖不掉的货我们不付钱。",
                        "产品质量越来越差，顾客一直退货。",
                        "最近这批货里有好几件是裂的。",
                        "你们的货有质量问题，先解决了再谈付款。"));
        add(Category.AFTER_SALES,
                List.of("Your service team never showed up to fix the machine.",
                        "Deliveries keep arriving late and nobody answers our calls.",
                        "We've been waiting three weeks for the repair you promised.",
                        "Your support is so slow that our own customers are complaining."),
                List.of("你們的維修人員一直沒來修機器。",
                        "送貨老是遲到，打電話也沒人接。",
                        "答應的維修等了三個禮拜還沒處理。",
                        "售後服務太慢，我們的客戶都在抱怨。"),
                List.of("你们的维修师傅一直没上门修机器。",
                        "送货老是晚到，打电话也没人接。",
                        "说好的维修等了三个星期还没弄。",
                        "售后响应太慢，我们的客户都在投诉。"));
        add(Category.PROMOTION_SUPPORT,
                List.of("The promotion budget you promised never arrived.",
                        "We still haven't received the rebate from last quarter.",
                        "Where are the display materials and the in-store promoters you agreed to?",
                        "Without the marketing support you committed, the goods just sit on the shelf."),
                List.of("說好的促銷費用到現在都沒撥下來。",
                        "上一季的返利我們還沒收到。",
                        "答應給的陳列物料和促銷員呢？",
                        "你們承諾的行銷支援沒到位，貨一直壓在架上。"),
                List.of("说好的促销费用到现在都没批下来。",
                        "上个季度的返点我们还没收到。",
                        "答应给的陈列物料和促销员呢？",
                        "你们承诺的市场支持没到位，货一直压在货架上。"));
        add(Category.COMPETITOR_TOOK_FUNDS,
                List.of("Another supplier's rep came by yesterday and took all the cash we had.",
                        "We just paid your competitor, there's nothing left this month.",
                        "The other brand's salesman collected before you did.",
                        "Someone from another supplier got here first and cleared us out."),
                List.of("昨天另一家供應商的業務來過，把錢都收走了。",
                        "剛付給別家廠商，這個月沒剩了。",
                        "別的品牌的業務員比你早一步收走了。",
                        "其他供應商先來把款拿走了。"),
                List.of("昨天另一家供应商的业务员来过，把钱都收走了。",
                        "刚付给别的厂家，这个月没剩了。",
                        "别的品牌的销售比你早一步收走了。",
                        "其他供应商先来把款结走了。"));
        add(Category.DOWNSTREAM_DEBT,
                List.of("Our distributors owe us a lot and haven't paid.",
                        "Our own customers are behind on their bills, so we're stuck.",
                        "The retailers we supply are months late paying us.",
                        "Receivables from our dealers keep piling up."),
                List.of("下游經銷商欠我們很多錢還沒付。",
                        "我們自己的客戶都在拖款，我們也卡住了。",
                        "我們供貨的零售商已經拖了好幾個月。",
                        "經銷商那邊的應收帳款越積越多。"),
                List.of("下游经销商欠我们好多钱还没给。",
                        "我们自己的客户都在拖款，我们也被卡住了。",
                        "我们供货的零售商已经拖了好几个月。",
                        "经销商那边的应收账款越积越多。"));
        add(Category.OTHER,
                List.of("We never received the invoice for that order.",
                        "The person who approves payments is on leave until next month.",
                        "We don't agree with the amount on the statement.",
                        "Our accounting system is being migrated, payments are on hold."),
                List.of("那張訂單的發票我們根本沒收到。",
                        "負責核准付款的人休假到下個月。",
                        "對帳單上的金額我們不認。",
                        "我們的會計系統在換新，付款暫停中。"),
                List.of("那张订单的发票我们根本没收到。",
                        "管付款审批的人休假到下个月。",
                        "对账单上的金额我们不认可。",
                        "我们的财务系统在切换，付款暂停了。"));
    }

    private Phrasebook() {}

    private static void add(Category category, List<String> en, List<String> zhHant, List<String> zhHans) {
        PHRASES.put(category, Map.of(EN, en, ZH_HANT, zhHant, ZH_HANS, zhHans));
    }

    /** One way of saying an excuse of {@code category} in {@code language}. */
    static String say(Category category, String language, Random random) {
        List<String> phrasings = PHRASES.get(category).get(language);
        return phrasings.get(random.nextInt(phrasings.size()));
    }
}
