"""Lines that are page furniture, not article: CMS, forum and SEO chrome.

Each rule is a named pattern for a class of chrome seen across outlets, not
for one page.  `chrome_rule(line)` names the rule a line matches (or None);
`ENDS_ARTICLE` rules mark where the article is over and only trailers,
replies and related links follow.
"""
from __future__ import annotations

import re

from .chinese import arabic_dates

# A photo gallery's slide counter (2/5): chrome, and the line after it is the slide's caption (regions.prose_span).
SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")

# Phrases only an outlet's disclaimer uses about itself.
_DISCLAIMS = (r"(?:不代表本(?:网|站|报|台|刊)|不代表.{0,16}(?:观点|立场)|纯属作者个人观点|仅代表该?作者(?:个人|本人)?(?:的)?观点|不构成(?:任何)?投资建议"
              # a platform's note on its accounts' posts (该文观点仅代表作者本人，某某号系信息发布平台，…仅提供信息存储空间服务)
              r"|观点仅代表作者(?:个人|本人)?|仅提供信息(?:存储空间|发布平台)"
              r"|概不(?:承担|负责)|不作任何(?:保证|承诺)|(?:转载|登载)\S{0,8}传递更多信息之?目的"
              r"|不意味着赞同其观点"
              # a take-down notice: the rights are the author's, write and it comes down
              r"|版权归(?:原)?(?:作者|公众号)所有|侵犯(?:了)?(?:您|你)的(?:合法)?权益|如有侵权|若有侵权"
              r"|我们将(?:及时|第一时间|尽快)(?:进行)?(?:处理|删除|更正))")

# The tools and counters set around an article: each a word of its own on a strip of them.
_TOOL = (r"[【\[]?(?:(?:已有)?\d+\s*(?:人|次|条)\s*(?:参与|阅读|浏览|评论|点赞|收藏|分享)?(?:评论)?|打印(?:本页)?|转发|分享(?:到)?|收藏|"
         r"(?:我要|发表|查看)?评论|纠错|关闭(?:窗口)?|复制链接|字号|字体(?:大小)?|[大中小]|[TA][+\-]?|[+\-]|推荐|点赞|举报|"
         r"默认|放大|缩小|返回顶部|顶部)[】\]]?")

# The site's account and reading-mode links: 登录 | 注册, 无障碍 | 长者模式 | 简体 | 繁體.
_BAR = r"找回密码|立即注册|登录|注册|退出|设为首页|加入收藏|无障碍|长者模式|关怀版|适老化|English|繁体|繁體|简体|簡體"

# A platform's label after an account's name (某某日报社官方账号, 澎湃新闻官方帐号, 官方头条号).
ACCOUNT_LABELS = r"官方账号|官方帐号|官方号|认证账号|官方头条号|官方百家号|官方企鹅号|头条号|百家号|企鹅号"

# A poster's rank under the name on a thread's card (贴吧等级 6, Lv.8, Lv.9 项城达人: the level's title after it).
POSTER_RANK = re.compile(r"^(?:贴吧等级|等级|Lv\.?)\s*\d{1,2}(?:\s+\S{1,8})?$")

# Whole-line patterns, tried after whitespace is collapsed.
CHROME: dict[str, re.Pattern[str]] = {
    "font-size widget": re.compile(r"^(?:A\+\s*A-|A-\s*A\+|选择文字大小|字号[:：]?\s*[大中小\s]+|【?字体[:：]?\s*[大中小\s]+】?)$"),
    "print/close trailer": re.compile(r"^(?:[【\[]?(?:打印(?:本页|此页|此文|文章|正文)?|关闭(?:本页|此页|窗口)?|收藏|顶部|返回顶部|分享|发表评论|加入收藏"
                                      r"|告诉好友|推荐给好友)[】\]]?\s*){1,6}$"),
    # A reprint's note of the headline it first had: 原标题：…
    "original title": re.compile(r"^[(（]?原标题[:：].{2,80}$"),
    "share or app prompt": re.compile(r"^(?:下载APP|下载客户端|立即下载|分享到[:：]?.*|Share\s+(?:with|on|to)\b.{0,40}|扫一扫.{0,20}|手机(?:看|阅读|扫码).{0,20}|打开APP.{0,20}|打开\S{1,10}[，,]\s*(?:阅读|查看|体验)\S{0,8}|微信扫一扫.{0,20}"
                                      r"|.{0,12}(?:扫描|长按|识别)(?:下方|上方|图中|图片)?二维码.{0,30}|扫码.{0,20}"
                                      r"|.{0,20}(?:官方)?(?:微信|微博|抖音|快手|视频号|公众号|头条号)号?\s*[:：@]\s*\S{0,20})$", re.I),
    "copyright notice": re.compile(r"^(?:版权(?:作品|所有|声明).*|\S{0,12}版权(?:相关)?声明[:：]?.{0,200}|.{0,40}\s版权所有.*|.{0,30}未经(?:书面)?授权.{0,40}(?:转载|复制|使用).*|Copyright\b.*|©.*|\(c\)\s*\d{4}.*)$", re.I),
    # The site's own footer: who runs it (主管/主办/承办), its record numbers, report hotlines.
    "site footer": re.compile(r"^(?:.{0,40}(?:主管|主办)[,，、\s].{0,60}(?:主办|承办).*|.{0,20}(?:ICP备|ICP证|公网安备)\s*\S{4,30}.*"
                              r"|.{0,12}(?:违法和不良信息)?举报(?:中心|电话|邮箱|专区).{0,60}|站长统计|网站地图.{0,30}|法律顾问[:：].{0,40})$", re.I),
    # Navigation links: back to top/home, more, read the whole text, page and issue navigation.
    "navigation link": re.compile(r"^(?:[【\[]?(?:回顶部|返回顶部|回首页|返回首页|返\s*回|更多|全部|查看更多|点击查看全文|查看全文|展开全文|阅读全文|上一页|下一页|首页|尾页)[】\]]?\s*(?:>>|»|＞＞|>)?\s*){1,4}$"
                                 r"|^(?:第\s*\S{1,4}\s*版[:：].{0,12}\s*)?(?:上一[版篇期]\s*|下一[版篇期]\s*){1,4}$|^第\s*\S{1,4}\s*版[:：]\S{0,10}$"
                                 # a text's pages: 第1页/共3页 << 上一页 | 下一页 >>, 本文共分2页 当前是第 1 页 首页 尾页
                                 r"|^(?:第\s*\d{1,3}\s*页\s*/\s*共\s*\d{1,3}\s*页|本文共分?\s*\d{1,3}\s*页|当前是?第\s*\d{1,3}\s*页).{0,40}$"
                                 # a thread's pages: ‹‹ 上一页 1 2 3 下一页 ››, 2 / 4 页, « 1 2 3 » Pages: ( 2/3 total )
                                 r"|^[‹«<]{0,2}\s*上一页[\s\d.…]*下一页\s*[›»>]{0,2}$|^\d{1,3}\s*/\s*\d{1,3}\s*页$"
                                 r"|^[«‹]?[\s\d]*[»›]?\s*Pages:\s*\(\s*\d{1,3}\s*/\s*\d{1,3}\s*total\s*\)$"),
    # A date picker of an e-paper: digit-only lines (1234567, 891011121314).
    "calendar widget": re.compile(r"^(?:\d{1,2}\s*){4,}$|^(?:日|一|二|三|四|五|六)(?:\s*(?:日|一|二|三|四|五|六)){5,6}$"),
    # The site's clock: 今天是2023年6月12日 星期一 (not the article's date).
    "clock header": re.compile(r"^(?:今天是[:：]?.{0,30}|\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天].{0,20})$"),
    # A feed's or microblog's post time, told relative to now (3小时前 · 某某官方账号, 50分钟前 来自 某某微博): no date of the article's.
    "feed time": re.compile(r"^(?:\d{1,3}\s*(?:秒|分钟|小时|天)前|刚刚|(?:昨天|前天)\s*\d{1,2}[:：]\d{2})"
                            r"(?:\s*[·•|｜]\s*.{0,40}|\s+来自\s*.{0,30})?$"),
    # A reader's account prompts and comment counters.
    "login prompt": re.compile(r"^(?:用户登录|会员登录|登录查看大图|还没有(?:账号|帐号)[?？]?.{0,12}|没有(?:账号|帐号)[?？]?.{0,12}|忘记密码[?？]?|请登录.{0,20}|登录后.{0,20}|×)$"),
    "comment counter": re.compile(r"^(?:已有\s*\d+\s*人(?:发表了?|参与)评论.{0,20}|\d+\s*条评论|评论\s*[(（]?\d+[)）]?|发表评论|我要评论\s*[(（]?\s*\d*\s*[)）]?|我要投稿|我来说两句.{0,10}"
                                  r"|(?:复制|拷贝)(?:本文|此)?链接.{0,20}|[(（]?(?:原文链接|原文地址|本文链接)[:：].{0,200}"
                                  r"|(?:阅读|浏览|点击|访问)(?:量|数|次数)?\s*[:：]?\s*[(（]?\s*(?:\d+(?:\.\d+)?\s*[kKwW万]?)?\s*[)）]?\s*次?)$"),
    # An account's self-description on a copied post: 某某融媒体中心官方公众号，权威发布，贴心服务。
    "account intro": re.compile(r"^(?:功能介绍\s*)?[^，。]{2,24}(?:官方公众号|官方微信|微信公众号|官方账号|官方微博)[，,。].{0,30}$"),
    "e-paper link": re.compile(r"^(?:[【\[]?(?:数字报刊|电子版|数字报|报纸版面|往期回顾|往期查询|返回目录|本版目录|版面目录|版面导航|返回本版|PDF版?|版面概览|过刊浏览"
                               r"|上一版|下一版|上一期|下一期)[】\]]?\s*[|｜]?\s*){1,6}$"
                               r"|^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*\S{2,12}$", re.I),  # (03版：县区新闻: the page's name)
    # The other stories of the paper's page or issue (本版其他新闻, 本期其他新闻, 本版标题导航): what follows is
    # other articles, whole or listed, never more of this one.
    "issue's other stories": re.compile(r"^[【\[]?(?:本期|本版|同期|同版|本栏|本刊)(?:其他|其它)?(?:新闻|文章|稿件|报道|内容|标题)"
                                        r"(?:导航|列表|目录)?[】\]]?[:：]?$"),
    # A body credited for the text (某某街道供稿): credits, not an author's byline.
    "credit line": re.compile(r"^[(（【\[]?[^，。！？,]{2,30}?\s*(?:供稿|来稿)[)）】\]]?$"),
    "breadcrumb": re.compile(r"^(?:\S{1,12}\s*[>»＞›]{1,2}\s*){2,8}(?:正文|\S{1,12}|[^\s。！？]{13,60})$|^\S{2,8}\s*[>»＞›]\s*\S{2,8}$|^(?:(?:(?:[您你](?:当前|现在)?|当前|现在|所在)(?:所在|所处)?的?位置|您现在)[:：]?.*|位置[:：].*|(?:网站)?首页\s*(?:[>»/|＞-]\s*|\s)(?:\S{1,12}\s*(?:[>»/|＞-]\s*|\s|$)){1,8})$"),
    # Review chains and sign-offs: 初审/复审/终审, 二审, 审核, 校对, 统筹, 监制, one or several on a line.
    "review line": re.compile(r"^[(（【\[]?(?:\s*[|｜]?\s*(?:[初复终一二三]审(?:编辑|人)?|审核|审校|审签|校对|统筹|监制|出品人?|总监制|副?主编|副?总编辑|值班总编|值班主任|签发)\s*[:：|｜]\s*[^:：]{1,12}?\s*){1,6}[)）】\]]?$"),
    "tag line": re.compile(r"^(?:标签|关键词|Tags?)[:：].{0,60}$", re.I),
    "search box": re.compile(r"^(?:.{0,8}搜索|站内搜索|全文检索|检索)$"),
    "login bar": re.compile(r"^(?:" + _BAR + r")(?:\s*[|｜]?\s*(?:" + _BAR + r"))*$"),
    "forum counters": re.compile(r"^查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+$"
                                 r"|^本主题被浏览\s*\d+\s*次[，,]\s*共有回复\s*\d+\s*个$"),  # (phpwind's)
    "forum thread tools": re.compile(r"^(?:(?:\[?复制链接\]?|\[?打印\]?|只看该作者|倒序浏览|阅读模式|显示全部楼层|x|回复|引用|顶端|使用道具|举报|支持|反对|本版积分规则|关闭|快速回复|返回顶部|返回列表|发新帖|发表新帖|回复帖子|楼主|沙发|板凳|地板|电梯直达|评分|收藏|加为收藏|推荐给好友|分享)\s*[|｜]?\s*){1,8}$|^(?:站长推荐.*|上一条.*下一条)$"
                                    r"|^第\s*\d{1,4}\s*楼$|^\d{1,4}\s*[#楼]$"  # (a post's floor on a line of its own: 第 3 楼, 11#)
                                    # (a reply's address and a quote's head: 回复 12# 某某, 引用第3楼某某于2023-11-02 09:12发表的 ：)
                                    r"|^回复\s*\d{1,4}\s*[#楼]\s*\S{1,20}$|^引用第?\s*\d{1,4}\s*楼.{1,40}发表的?\s*[:：]?$"
                                    r"|^\S{2,16}\s+楼主$"),  # (the poster's name with its badge: 某某 楼主)
    # (Discuz!: 发表于 2024-5-20 10:12:35 | 只看该作者; phpwind: 楼主 # 2023-08-02 09:15 只看楼主 倒序阅读 使用道具)
    "forum post header": re.compile(r"^(?:发表于|(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼)\s*#)\s*\d{4}-\d{1,2}-\d{1,2}.{0,40}"
                                    r"(?:显示全部楼层|只看该作者|只看楼主|阅读模式|倒序阅读|使用道具).*$"
                                    # (older phpwind: 只看该作者 11楼 发表于: 2023-11-05 19:22, the tools first)
                                    r"|^(?:只看该作者|只看楼主)\s*(?:\d{1,4}\s*楼|楼主|沙发|板凳|地板)?\s*发表于\s*[:：]?\s*"
                                    r"\d{4}-\d{1,2}-\d{1,2}[\d\s:]{0,12}$"),
    "forum edit note": re.compile(r"^本帖最后由\s*\S.{0,30}\s*于\s*\d{4}-\d{1,2}-\d{1,2}.{0,12}编辑$"
                                  r"|^\[\s*此帖被\S.{0,30}在\s*\d{4}-\d{1,2}-\d{1,2}.{0,12}重新编辑\s*\]$"),  # (phpwind's)
    # A post's rating record (本帖最近评分记录： 共1条评分记录 / 某某 威望 +5 2023-08-02 好帖，支持！).
    "forum rating": re.compile(r"^本帖最近评分记录\s*[:：].{0,20}$"
                               r"|^\S{1,20}\s+(?:威望|金钱|贡献值|积分|金币)\s+[+-]\d+\s+\d{4}-\d{1,2}-\d{1,2}.{0,40}$"),
    "forum footer": re.compile(r"^(?:.*Powered by Discuz.*|.*Comsenz Inc.*|QQ\s*[|｜]\s*Archiver.*|.*ICP备\d+号.*|GMT\+8,.*Processed in.*|.*Licensed)$", re.I),
    "forum attachment notice": re.compile(r"^(?:本帖子中包含更多资源|图片\s*[:：]\s*\S+\.(?:jpe?g|png|gif|bmp)|您需要\s*登录\s*才可以(?:下载或查看|回帖).*|没有帐号.*"
                                          r"|马上注册[，,].{0,40}(?:好友|功能|社区|论坛).{0,20}"
                                          r"|\S+\.(?:jpe?g|png|gif|bmp|rar|zip|7z|docx?|xlsx?|pdf)\s*[(（][\d.]+\s*[KMG]B.{0,30}"
                                          r"|下载附件.{0,20}|保存到相册"
                                          # (the attachment's upload time under it: 2024-5-12 09:30 上传, no date of the post)
                                          r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传)$", re.I),
    # A poster's profile beside the post: 主题 36 帖子 512 积分 1288.
    # (phpwind's card: 级别: 论坛版主, 威望: 365 点, 金钱: 1920 RMB, 注册时间: 2019-03-11, 最后登录: …)
    "forum profile": re.compile(r"^(?:(?:主题|帖子|发帖|积分|精华|金钱|威望|贡献值?|听众|收听|好友|在线时间|UID|金币|经验)"
                                r"\s*[:：]?\s*\d+\s*(?:小时|点|RMB|枚)?\s*){1,}$"
                                r"|^(?:文章)\s*[:：]\s*\d+$"
                                r"|^来自\s+(?!\S*(?:报|网|社|台|中心|客户端))\S{2,12}$"  # (where the poster lives: 来自 陕西洛川)
                                r"|^(?:级别|等级|用户组|头衔)\s*[:：]\s*\S{1,12}$"
                                r"|" + POSTER_RANK.pattern +  # (a poster's rank under the name: 贴吧等级 6, Lv.8 项城达人)
                                r"|^(?:吧务|大?吧主|小吧主|版主|超级版主|管理员)$"  # (a moderator's badge on the card)
                                # (Discuz!'s card: counts before their labels, the member group and its rank stars)
                                r"|^(?:\d+\s*(?:主题|帖子|积分|精华|听众|收听|好友)\s*){2,}$|^(?:Rank:\s*\d+\s*)+$"
                                r"|^(?:新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|实习版主|VIP会员|禁止发言|等待验证会员)$"
                                r"|^(?:发消息|发送消息|加好友|打招呼|精华|置顶)$"  # (the card's buttons, the thread's badge)
                                r"|^(?:注册时间|注册日期|注册|最后登录|上次登录)\s*[:：]\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}(?:\s+[\d:]+)?"
                                r"|年\d{1,2}月\d{1,2}日)$"
                                r"|^\S{1,20}\s+当前(?:离线|在线)$"),  # (阳光小雨点 当前离线: the poster's card)
    # A photo gallery's furniture: its slide counter (1/5), size (共5张) and controls (上一张 下一张 播放).
    "gallery controls": re.compile(SLIDE_COUNTER.pattern + r"|^共\s*\d{1,3}\s*张$"
                                   r"|^(?:(?:上一张|下一张|查看原图|原图|自动播放|播放|暂停|全屏)\s*[|｜]?\s*){2,6}$"),
    "related links header": re.compile(r"^(?:(?:相关(?:新闻|阅读|链接|文章|推荐|图片|图集|附件|稿件)|推荐阅读|热点推荐|编辑推荐|喜欢此内容的人还喜欢|延伸阅读|猜你喜欢|更多精彩|(?:历史|往期)文章|最新(?:信息|文章|新闻|资讯)|热门(?:文章|新闻|推荐)|精彩推荐|(?:其他|其它|更多|相关)[^\s了的也是在和与]{0,4}(?:新闻|文章|报道|资讯)|(?:更多)?相关内容)[:：]?|相关[^\s，。了的人]{1,3}[:：]|(?:上一[篇则条]|下一[篇则条])\S{0,2}[:：].*)$"),
    # The editor's word after the text (【编后】, 编后语：…, 【编者注】): the paper's comment, not the story
    # (an opening 编者按 introduces the text and stays: writer U keeps it, writers G and H leave it out).
    "editor's afterword": re.compile(r"^[【\[]?(?:编后语?|编后记|编者注)(?:[】\]]\s*|\s*[:：]).{0,400}$|^[【\[]?(?:编后语?|编后记)[】\]]?$"),
    # Disclaimers of the outlet (免责声明, 声明：凡注明为其他媒体来源…): the
    # bare heading, a labelled line, or a line in the outlet's voice.
    "disclaimer": re.compile(
        r"^[•·\s]*(?:[\[【]?(?:免责|特别|郑重|平台)声明[\]】:：].*|声明[:：]?|\S{0,8}声明[:：].{0,300}?" + _DISCLAIMS + r".*|"
        r"(?=.{0,120}本(?:网|站|报|台|刊|文)).{0,120}?" + _DISCLAIMS + r".{0,300})$"),
    # The outlet's own promotions: its page on a social network, SMS
    # subscriptions and news-tip lines (上海滩微博#爆料#, 移动发KTDBW到10658333).
    "social or sms promo": re.compile(
        r"^(?=.{0,300}$)(?:.*(?:Facebook|Google\s*plus|Twitter|微博|微信|公众号).{0,40}"
        r"(?:专页|[Ll]ike\s*我们|LIKE\s*我们|follow\s*我们|关注我们).*|"
        r"[↑↓☝👆]?\s*(?:点击|点)(?:(?:上方|下方|标题下|顶部|底部).{0,12}|蓝字\s*|“[^“”]{1,16}”\s*)(?:关注|订阅).{0,20}|"
        # (点击上方蓝字 关注我们, 点击蓝字 关注我们, ↑点击“某某文明实践”关注我们)
        # (欢迎关注“某某融媒”微信公众号，第一时间获取…; 新闻线索、投稿请发邮箱…@…)
        r".*(?:欢迎|敬请|请)关注.{0,30}(?:公众号|微信|微博|视频号|抖音号?|客户端|APP).{0,80}(?:第一时间|权威|资讯|新闻线索|投稿|爆料).*|"
        r".*(?:投稿|来稿|新闻线索|爆料).{0,10}(?:请发|请投|发送至|邮箱).{0,40}@.*|"
        r"更多.{0,20}(?:消息|资讯|新闻|内容|精彩)[，,]?\s*(?:请|敬请|欢迎)关注.{0,40}|"
        r".*(?:#爆料#|短信爆料|爆料热线).*|.*订.{0,12}手机报.*发\s*[A-Za-z0-9]{2,12}\s*到\s*\d{5,}.*)$", re.I),
    # Readers' comments set under the article (某某 对…的评论:, 网友评论).
    "reader comments": re.compile(
        r"^(?:\S{1,20}\s*对\s*\S.{0,40}的评论[:：]|(?:(?:网友|读者|最新|热门|精彩)评论(?:列表)?|评论列表"
        r"|已有\s*\S{0,8}\s*(?:人|位用户|位网友|条)\s*评论.*"
        r"|(?:新闻|网友|读者)?(?:讨论|评论|留言|跟帖)(?:规范|规则|须知|守则|管理规定))[:：]?)$"),
    # The index fields of a government information-disclosure page, read as
    # "label：value" (the issuer and the dates are metadata, read elsewhere).
    "document index field": re.compile(
        r"^(?:索\s*引\s*号|主题分类|体裁分类|组配分类|分\s*类|标\s*题|名\s*称|发文字号|文\s*号|主\s*题\s*词|"
        r"有\s*效\s*性|公开方式|公开范围|公开时限|信息来源)[:：].{0,120}$"),
    # A shop's listing set under a product story: "[商家名称] 某某公司", "[联 系 人] 某某".
    "merchant listing": re.compile(
        r"^[\[【]\s*(?:参\s*考\s*价\s*格?|商\s*家\s*(?:名\s*称|地\s*址|电\s*话)|联\s*系\s*(?:方\s*式|人|地\s*址|电\s*话)|"
        r"报\s*价\s*查\s*询|经\s*销\s*商)\s*[\]】][^，。！？]{0,80}$"),  # a field, not a sentence about it
    # A line of the outlet's contact fields (电话：… 传真：… 邮箱：…); chrome
    # only under the article (TAIL_ONLY): inside it, it is a notice's own.
    "contact line": re.compile(
        r"^(?:(?:联系)?(?:电话|传真|邮箱|电子邮箱|E-?mail|地址|邮编|热线|QQ|处理时间|联系人)\s*[:：]\s*[^，。！？]{1,60}?\s*){1,6}$", re.I),
    # A strip of the page's tools and counters, two or more in a row (0人参与0条评论打印转发,
    # 字体大小 - +, 字号：T | T 复制链接 打印), or one in brackets (【纠错】).
    "tool strip": re.compile(r"^(?:(?:" + _TOOL + r")(?:[\s|｜:：▼/]*(?:" + _TOOL + r")){1,12}|[【\[](?:" + _TOOL + r")[】\]])$", re.I),
    # The site's address on a line of its own (http://www.example.com, 某某报道 http://biz.example.com 查看…).
    # A copier's notice of where the text is from and how to repost it, bracketed or not, its address after it or
    # not (【本文来自范文88网，转载请注明出处 http://…】, 本文来自：某某文章网 www.… 转载请保留).
    "copy notice": re.compile(r"^[【\[(（]?(?:本文|文章)(?:来自|来源于|转自|出自)[:：]?\s*\S{1,24}?[，,\s]*"
                              r"(?:转载|转发)(?:请|须|需)(?:注明|保留)(?:出处|来源|链接|原文链接|本文链接)?.{0,80}?[】\])）]?$"),
    "site address": re.compile(r"^(?:\S{0,12}\s+)?(?:https?://|www\.)[\w./\-?=&%#:~]+(?:\s+\S{0,8})?$", re.I),
    # A copy site's note on what it added (本文拼音由系统自动生成，仅供参考): its own, not the text's.
    # (also after the site's note of where it took the text: 本文内容来源于网络，拼音由系统自动生成，仅供学习参考)
    "annotation note": re.compile(r"^(?:本文|本页|全文|以上)(?:拼音|注音|繁体|繁體|简体|译文)(?:由|为).{0,20}?(?:自动)?(?:生成|标注|转换|转写)"
                                  r".{0,40}$|^(?:本文|本页|全文).{0,16}?[，,](?:拼音|注音|繁体|繁體|简体|译文)(?:由|为)"
                                  r".{0,12}?自动(?:生成|标注|转换|转写).{0,30}$"),
    # A copy site's whole line of pinyin, the headline transliterated (Zhèng zhōu: dì tiě zhàn lǐ de …).
    "pinyin line": re.compile(r"^(?=(?:[^āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){3})"
                              r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s:：,，、.。!！?？“”\"'‘’()（）\-—·]+$"),
    "image file name": re.compile(r"^\S+\.(?:jpe?g|png|gif|bmp|webp)$", re.I),
    # A poster's signature under a forum post (签名：山里的日子慢，人心要暖。): the poster's motto, not the post.
    "forum signature": re.compile(r"^(?:个性)?签名[:：]\s*\S.{0,60}$"),
    # A player's or a page's loading notice (视频加载中..., 正在加载视频……, 视频加载中，请稍候…): never text.
    "loading notice": re.compile(r"^(?:(?:视频|图片|内容|页面|数据|音频)?(?:正在)?加载(?:中|视频|图片|内容)?(?:[，,]?\s*请稍[候等]|"
                                 r"[，,]?\s*请耐心等待)?|loading)\s*[.。…]*$", re.I),
    # An account's or a story's audience counters and buttons (粉丝 1.2万 +订阅, 阅读 4516 赞 87, 点赞 在看).
    "audience counters": re.compile(r"^(?:\+?(?:粉丝|已关注|关注|获赞|订阅|阅读量?|浏览量?|播放量?|点赞|在看|赞|分享|评论|收藏|转发|作品|喜欢)"
                                    r"\s*[:：]?\s*(?:\d[\d.,]*\s*[万wW千kK]?\+?)?\s*)+$"),
    # A platform's call to tip the writer (“小礼物走一走，来简书关注我”, 赞赏支持, 还没有人赞赏，支持一下, 喜欢作者).
    "reward prompt": re.compile(r"^(?:赞赏支持|赞赏|打赏|打赏作者|喜欢作者|还没有人赞赏.{0,8}|\d+\s*人(?:赞赏|打赏)|"
                                r"[“\"]?小礼物走一走.{0,16}[”\"]?)$"),
    # A site's note of its rights or of its gathering, on a line of its own (本网原创稿件，转载请注明出处;
    # 本文由某某文库网整理发布): the site's, not the text's; credits may still follow it.
    "rights note": re.compile(r"^.{0,40}(?:转载请注明(?:出处|来源)|整理发布)[^，。]{0,12}[。.]?$"),
    # Who runs the site, under its name (某某新闻网 —— 某某县融媒体中心主办): the site's credit, never a headline.
    "site credit": re.compile(r"^(?!.*(?:由|活动))(?:\S{2,20}\s*(?:——|--|—|-|\||｜)\s*)?[\u4e00-\u9fff]{2,24}"
                              r"(?:中心|政府|办公室|委员会|局|社|台|网|部|办|院|集团|公司)(?:主办|承办|协办|运营|运维)$"),
    # A summary set over the text (视频简介：…, 【导读】…): the page's restatement, not its first paragraph.
    "summary box": re.compile(r"^[【\[]?(?:视频简介|节目简介|本文导读|导读)[】\]]?[:：]?\s*\S.*$"),
    # When a print view was printed (打印时间：2024-06-02 10:11:35): never the article's date.
    "print stamp": re.compile(r"^(?:打印|列印)(?:时间|日期|于)[:：]?\s*\S.{0,30}$"),
    # An account's card on a platform: who runs it (某县委宣传部官方账号, 1.2万粉丝 · 某某融媒体中心官方账号).
    "account card": re.compile(r"^(?:[\d.]+[万wW千kK]?\s*粉丝\s*[·•|｜]?\s*)?[^\s\d，。；！？]{0,30}(?:" + ACCOUNT_LABELS + r")$"),
    # Where a picture stood, as a copy or a text browser writes it ([图片], [IMG], [5][IMG]): never a headline.
    "image placeholder": re.compile(r"^(?:(?:\[\d{1,4}\])?[\[【](?:IMG|INLINE|image|img|图片|图像|圖片)[\]】]\s*)+$"),
    "lone mark": re.compile(r"^(?:[?？\ufffd|｜\-—_=*·•>»]+|\d{1,2}\.)$"),
    "markup junk": re.compile(r"^(?:\s*<[^<>]{1,200}>\s*)+$"),
}

# Lines only a forum thread shows: two different ones (or an edit note) make the page a thread.
FORUM_RULES = ("forum counters", "forum thread tools", "forum post header", "forum edit note", "forum footer",
               "forum attachment notice", "forum profile", "forum rating", "forum signature")

# Chrome only in the run of lines that closes the article.
TAIL_ONLY = ("contact line",)

# Once one of these is seen below the article, the rest is trailer.
ENDS_ARTICLE = ("copyright notice", "print/close trailer", "related links header", "issue's other stories", "editor's afterword",
               "reward prompt",
               "forum footer", "forum thread tools", "disclaimer", "reader comments", "site footer")

# Brand and call-to-action words of gambling spam; generic words such as 赌博
# or 彩票 also appear in real stories (anti-fraud campaigns), so alone they
# only count in a keyword-stuffed line.
GAMBLING = re.compile(
    r"365bet|bet365|体育平台|百家乐|真人(?:娱乐|视讯)|娱乐城|威尼斯人|葡京|皇冠(?:体育|平台|娱乐)|官方入口|"
    r"澳门.{0,4}娱乐|老虎机|电子游艺|(?:官网|官方|最新)(?:地址|网址)|新地址|下载安装版|app下载|"
    r"开户|注册送|注册即送|注册就送|首充|充值送|彩金|棋牌平台|时时彩|六合彩|北京赛车|pk10|快三|天天爱彩票|(?:彩票|娱乐|博彩)(?:app|平台|官网)|"
    r"金沙(?:娱乐|国际|官网|平台|赌场)|银河(?:娱乐|国际)|永利(?:娱乐|皇宫)|ag(?:真人|平台|旗舰厅)|亚博(?:体育|官网)|"
    r"开元棋牌|体育投注|电竞(?:投注|竞猜)|捕鱼(?:游戏|平台|达人)|博彩网|澳门(?:赌场|威尼斯|金沙|银河|新葡京)",
    re.I,
)
# The other ads a copy site runs: work-from-home scams and their contact handles (在家兼职 日结300+ 加微信：yw66888).
AD_SPAM = re.compile(r"日结\s*\d+|兼职日结|在家兼职|足不出户.{0,6}兼职|(?:加|添加)(?:微信|V|v|薇)\s*[:：]?\s*[A-Za-z][A-Za-z0-9_-]{4,}")
# The other trades a copy site advertises: fake invoices, stock tips and margin money, loans with no checks
# (代开各类发票 电话…, 股票配资 免费荐股 加微信领取每日牛股, 网贷平台口子).  Their words also name the frauds an
# anti-fraud talk warns of (揭秘“免费荐股”陷阱), so a line counts only as an ad reads: with an ad's call
# (电话, 微信, 领取, 咨询) or two of the trades, and no word of warning.
FRAUD_TRADE = re.compile(r"代开(?:增值税|各类)?发票|发票代开|股票配资|配资(?:平台|公司)|荐股|牛股|(?:网贷|贷款)(?:平台)?口子"
                         r"|代孕|试管婴儿包成功|包生男孩|办证刻章|私家侦探")  # (and the illegal clinics' and agents' ads)
AD_CALL = re.compile(r"电话|微信|加[Vv薇]|QQ|免费|领取|咨询|点击|诚信|正规|真票|排名|同号")
WARNING = re.compile(r"诈骗|骗局|陷阱|警惕|谨防|防范|提防|揭秘|套路|识破|反诈|骗")
# Any ad a copy site runs asks for a click and baits it (免费领取200元话费券，点击立即领取>>>, 一个月瘦20斤的
# 秘诀，戳这里了解>>>, 高清电影免费在线观看，尽在www…): both on a line that is no sentence of the text.
AD_CLICK = re.compile(r"点击(?:立即)?(?:进入|下载|领取|查看|了解|观看)|立即领取|戳这里|>>>|》》》|→\s*$|尽在\s*(?:www\.|https?://)"
                      r"|(?:请|欢迎)访问\s*(?:www\.|https?://)")  # (更多精彩范文请访问 www.…: a copy site's own ad)
AD_BAIT = re.compile(r"免费|领取|秘诀|话费|红包|优惠|券|瘦\d|赚钱|在线观看|www\.|\.com")
# A copy site's list of the searches that bring readers to it (相关搜索：…): keyword stuffing.
SEARCHES = re.compile(r"^(?:相关搜索|热门搜索|大家都在搜|热搜词|相关关键词)\s*[:：]")
GAMBLING_WORDS = re.compile(r"博彩|彩票|赌场|赌博|棋牌|下注|投注|娱乐|平台")
# Words of porn spam: titles and link farms stuffed with them.  Each is
# unlikely in a news sentence; a line needs two different ones (or one in a
# keyword-stuffed line) to count.
PORN = re.compile(
    r"毛片|无码|婷婷|超碰|麻豆|人妻|少妇|熟女|自拍|偷拍|乱码|乱伦|蜜桃|看片|一级片|黄片|三级片|人成|午夜|福利(?:视频|影院|试看)|"
    r"成人(?:视频|网站|影院|电影)|av(?:在线|天堂|网)|videos?sex|porn|xxx|久久(?:精品|综合|爱|热|婷婷|人人|久)|国产精品|精品国产|"
    r"中文字幕|一区二区|在线(?:观看|播放|看片)|免费(?:观看|播放|看)|高清(?:无码|视频|在线)|"
    r"果冻传媒|天美传媒|传媒(?:在线|网站)|制片厂|吃瓜|爆料网|亚洲(?:精品|一级|在线|看片)|色(?:欲|情|综合)|撸|"
    r"裸聊|约炮|情色|伦理片|激情(?:视频|电影|小说|图片)|性爱|做爱|淫|女优|黄色(?:网站|视频|电影)",
    re.I,
)
# The words of the trade that sells search rankings, which its link farms stuff into copied pages
# (网站优化 快速排名 SEO优化 蜘蛛池出租 外链代发): in a line of keyword parts, spam.
SEO_TRADE = re.compile(r"seo|网站(?:建设|优化|推广)|关键词排名|快速排名|整站优化|霸屏|全网营销|代运营|快速收录|蜘蛛池|外链|快排",
                       re.I)
# The words of the trade in ready-made essays (心得体会, 总结范文, 精选范文大全2024最新, 通用5篇, 300字), whose
# content farms copy stories and stuff them with the searches that sell: in a line of keyword parts, spam.
ESSAY_TRADE = re.compile(r"范文|大全|心得体会|精选|最新|通用\d+篇|汇总|模板|(?<!\d)\d{3,4}字")
# A gambling brand's shape: a name, the trade, a web word (开云体育, 某某娱乐官网).
BRAND = re.compile(r"[\u4e00-\u9fff]{2,4}(?:棋牌|博彩|娱乐城|真人)(?:官网|平台|app|APP|下载|入口)?"
                   r"|[\u4e00-\u9fff]{2,4}(?:体育|娱乐|国际|彩票)(?:官网|平台|app|APP|下载|入口)")
BRACKETED = re.compile(r"[【\[]([^】\]]{2,14})[】\]]")


# A search query standing as a line of its own (婚纱摄影价格, 北京搬家公司电话, 祛斑产品排行榜).
SEARCH_QUERY = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:价格|电话|排行榜|哪家好|多少钱|怎么样|哪里买|报价|加盟|费用|官网)$")
# Padding that makes a title stand out in a list: ****** before or after it.
PADDING = re.compile(r"^\s*[*＊#]{4,}|[*＊#]{4,}\s*$")


def strip_injected(text: str, stuffed: tuple[str, ...] = ()) -> tuple[str, int]:
    """On a page whose spam lines show it was stuffed: spam words put inside
    its sentences (…来自全国各地的【开云体育】文创志愿者…, …结果澳门新葡京一住就是…)
    go, and so do the page's own spam lines wherever they recur in a
    sentence (stuffed); return the text and how many went."""
    n = 0
    for phrase in stuffed:
        if len(phrase) >= 4 and phrase in text and text != phrase:
            n += text.count(phrase)
            text = text.replace(phrase, "")

    def bracket(m: re.Match) -> str:
        nonlocal n
        inner = m.group(1)
        if GAMBLING.search(inner) or PORN.search(inner) or re.search(r"体育|娱乐|棋牌|彩票|博彩", inner):
            n += 1
            return ""
        return m.group(0)
    text = BRACKETED.sub(bracket, text)
    for pattern in (GAMBLING, PORN, BRAND):
        text, k = pattern.subn("", text)
        n += k
    return text, n


# Keyword-stuffed SEO lines: parts joined by "_", "|" or commas, no sentence.
STUFFED = re.compile(r"^[^_|]{2,30}(?:[_|][^_|]{2,30}){2,}$")
PARTS = re.compile(r"[_|｜,，、\s]+")
MARKUP = re.compile(r"<[^<>]{1,200}>")
# A list number or a bullet set before a line (※ 相关文章, ■ 本报记者 某某, ◎ 记者 某某/报道).
LIST_MARK = re.compile(r"^(?:\d{1,2}[.．]\s+|[-•·*]\s+|[※■□●○◆◇▲△▼▽★☆►▶♦◎]+\s*)")


def collapse(line: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", " ", line).strip()


def chrome_rule(line: str) -> str | None:
    text = collapse(arabic_dates(line))  # (二〇二四年十月十八日 星期五: a clock or an issue line as 2024年10月18日 is)
    if not text:
        return "blank"
    bare = LIST_MARK.sub("", text)
    for name, pattern in CHROME.items():
        if pattern.match(text) or (bare != text and pattern.match(bare)):
            return name
    if is_widget_line(bare):
        return "page widgets"
    if is_spam(text):
        return "seo spam"
    return None


# Words of the page's own tools; a line made only of them is a tool bar.
WIDGET_WORDS = frozenset(
    "大 中 小 默认 字号 字体 浏览字号 打印 打印本页 打印此文 关闭 关闭窗口 收藏 收藏本页 加入收藏 分享 分享到 纠错 我要纠错 "
    "我要收藏 推荐 推荐给好友 发送给好友 通过Email推荐给好友 转发 评论 我要评论 返回顶部 回到顶部 顶部 返回 返回列表 放大 缩小 "
    "扫码 二维码 手机看 手机阅读 视力保护色 背景色 无障碍 繁体 简体 下载 打印文章 字号大 字号中 字号小 "
    "上一篇 下一篇 上一条 下一条 返回目录 返回首页 "
    # an e-paper's paging: 版面导航 | 上一版 下一版 | 往期回顾 | PDF下载
    "版面目录 版面导航 标题导航 往期 往期回顾 往期查询 往期查阅 上一版 下一版 上一期 下一期 PDF PDF版 PDF下载 PDF版下载 版面PDF "
    "播放 暂停 静音 取消静音 全屏 退出全屏 倍速 音量 画质 清晰度 高清 标清 超清 正在播放".split())
PLAYER_WORDS = frozenset("播放 暂停 静音 全屏 倍速 正在播放".split())
# A player's speed (1.0X) or its clock (00:00 / 02:46) among its controls.
PLAYER_VALUE = re.compile(r"\d(?:\.\d+)?[xX×]|\d{1,2}:\d{2}(?::\d{2})?")


def is_widget_line(text: str) -> bool:
    """A line made only of tool words (字号：大 中 小 | 打印本页 | 关闭窗口)."""
    tokens = [t for t in re.split(r"[\s|｜/【】\[\]()（）>》<《·•、,，◀▶◁▷←→«»]+", text) if t]
    values = [t for t in tokens if PLAYER_VALUE.fullmatch(t)]
    if len(values) >= 2 and len(values) == len(tokens):
        return True  # a player's clock and length: 00:00 / 02:46
    if values and any(t in PLAYER_WORDS for t in tokens):
        tokens = [t for t in tokens if t not in values]  # its speed among its controls: 播放 静音 全屏 倍速 1.0X
    tokens = [x for t in tokens for x in re.split(r"[:：]", t) if x]
    return (len(tokens) >= 2 or tokens == ["正在播放"]) and all(t in WIDGET_WORDS for t in tokens)


def is_sentence(text: str) -> bool:
    """A sentence of prose: a comma, and a full stop at its end (read in one pass, not by a backtracking pattern)."""
    return text.endswith(("。", "！", "？")) and re.search("[，,]", text) is not None


def spam_score(text: str) -> float:
    """How much a line reads as injected spam (gambling, porn, keyword
    stuffing) rather than text: distinct spam words, more when the line is a
    run of short keyword parts with no sentence in it."""
    if is_sentence(text) and not PORN.search(text):
        return 0.0
    words = {m.group(0).lower() for m in PORN.finditer(text)} | {m.group(0).lower() for m in GAMBLING.finditer(text)}
    words |= {m.group(0).lower() for m in AD_SPAM.finditer(text)}
    if not WARNING.search(text):
        words |= {m.group(0) for m in FRAUD_TRADE.finditer(text)}
    parts = [p for p in PARTS.split(text) if p]
    stuffed = len(parts) >= 4 and not re.search(r"[。！？]", text) and max(map(len, parts)) <= 30
    if stuffed or STUFFED.match(text):
        words |= {m.group(0) for m in GAMBLING_WORDS.finditer(text)}
        words |= {m.group(0).lower() for m in SEO_TRADE.finditer(text)}  # a link farm's own trade, keyword-stuffed
        words |= {m.group(0) for m in ESSAY_TRADE.finditer(text)}  # an essay farm's searches, keyword-stuffed
        return len(words) * 1.5
    return float(len(words))


def is_spam(text: str) -> bool:
    """A gambling, porn or keyword-stuffed line injected into the page, not a sentence about it."""
    if (GAMBLING.search(text) or AD_SPAM.search(text)) and len(text) < 60 and not is_sentence(text):
        return True
    if SEARCHES.match(text):
        return True
    if AD_CLICK.search(text) and AD_BAIT.search(text) and len(text) < 80 and not text.endswith("。") \
            and not WARNING.search(text):
        return True
    if FRAUD_TRADE.search(text) and len(text) < 60 and not is_sentence(text) and not WARNING.search(text) and (
            AD_CALL.search(text) or len(set(FRAUD_TRADE.findall(text))) >= 2):
        return True
    return spam_score(text) >= 3


def spam_suffix(text: str) -> tuple[str, bool]:
    """A headline with spam keywords appended after "|" or "_": the headline alone, and whether spam was cut."""
    m = re.match(r"^(?P<head>[^|｜_]{6,60}?)\s*(?:[|｜_]|(?<=[\u4e00-\u9fff”])-(?=[\u4e00-\u9fff]))\s*(?P<tail>.+)$", text)
    head_clean = m and not (GAMBLING.search(m["head"]) or GAMBLING_WORDS.search(m["head"]) or PORN.search(m["head"])
                            or any(m["head"][i:i + 3] in m["tail"] for i in range(len(m["head"]) - 2)))
    # (a stuffed line repeats its brand in every part: its first part is no headline)
    if head_clean and (is_spam(m["tail"]) or spam_score(m["tail"]) >= 1.5 or GAMBLING.search(m["tail"])
                       or BRAND_ALONE.match(m["tail"])):
        return m["head"], True
    return text, False


# A font-size widget glued after a line's text (西秀区：…暖人心 【字体：大 中 小】, …字号：大 中 小): the page's tool.
WIDGET_TAIL = re.compile(r"(?<=\S)\s+(?:【\s*字[体号](?:大小)?[:：]?\s*[大中小](?:\s*[大中小]){1,2}\s*】"
                         r"|字[体号](?:大小)?[:：]\s*[大中小](?:\s*[大中小]){1,2}|(?:[【\[][大中小][】\]]\s*){3})$")


def widget_tail(text: str) -> str:
    """The line without a font-size widget set after its text."""
    return WIDGET_TAIL.sub("", text)


# A gambling brand alone after a headline (…打卡地|皇朝娱乐): a name and its trade, nothing else.
BRAND_ALONE = re.compile(r"^[\u4e00-\u9fff\d]{2,4}(?:娱乐|彩票|棋牌|博彩)(?:城|官网|平台)?$")


# A plain layout tag a careless copy leaves behind (</p>, <br>): damage, not injected junk.
LEFTOVER_TAG = re.compile(r"^</?(?:p|br|div|span|strong|b|i|em|u|font|center)\s*/?>$", re.I)


def strip_markup(text: str) -> tuple[str, int, int]:
    """Remove tags left in text; return the text, how many were injected junk
    (<sup id="h4sia"></sup>, <a href=…>) and how many plain layout tags a
    careless copy left behind (</p>, <br>)."""
    injected = left = 0

    def drop(m: re.Match) -> str:
        nonlocal injected, left
        if LEFTOVER_TAG.match(m.group(0)):
            left += 1
        else:
            injected += 1
        return ""
    return MARKUP.sub(drop, text), injected, left


# A text browser's mark before each link (lynx, w3m: [12]首页 [13]本地), the link's number in a list of
# addresses at the foot: the page's habit when three lines hold one, to be taken out before reading.
LINK_REF = re.compile(r"\[\d{1,4}\](?=\S)")
# A text browser's mark where a picture stood, inside a line of text ([IMG] 某某县人民政府): never text.
INLINE_IMAGE = re.compile(r"\[(?:IMG|INLINE)\]\s*(?=\S)")


def strip_browser_marks(texts: list[str]) -> list[str]:
    """The lines without a text browser's link numbers, where the page shows that habit, and
    without its picture marks inside a line of text."""
    if sum(1 for t in texts if LINK_REF.search(t)) >= 3:
        texts = [LINK_REF.sub("", t) for t in texts]
    return [INLINE_IMAGE.sub("", t) if "[" in t else t for t in texts]


NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.．、)）]|[(（]\d{1,2}[)）]|[①-⑳])\s*\S")
# An item of a bulleted list inside a text (·周六上午：绘本共读, ◆某镇志愿服务点): unlike LIST_MARK, which
# strips a mark from a line of links, no space after the dot is asked.
BULLETED_ITEM = re.compile(r"^[·•◆◇●○■□※★☆►▶♦◎▪]\s*\S")
# A row of a table set as text: three cells or more apart by spaces or tabs, no clause in it
# (1 “巴山背篓”送教上门 宣汉县教育科技局 一等奖): rows end alike in their last column by design.
TABLE_ROW = re.compile(r"^[^\s。，；！？,;]+(?:[ \t\u3000]+[^\s。，；！？,;]+){2,}$")


def strip_watermarks(texts: list[str], min_repeats: int = 3) -> tuple[list[str], list[str]]:
    """Drop anti-copy words a site adds to paragraphs, and lines it repeats.

    A suffix of 2-24 characters (with no sentence end in it), or a prefix set
    off by a separator ("某某网|"), that most paragraphs share, and at least `min_repeats` of them, is a
    watermark; so is a whole short line that stands `min_repeats` times.
    Lines that end alike by chance (list items, link labels) are not most
    paragraphs.  Returns the texts ("" for dropped lines) and the prefix and
    suffix found (empty when none).
    """
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    texts = ["" if counts[t] >= min_repeats and len(t) <= 40 else t for t in texts]
    found: list[str] = []
    for flip in (False, True):  # suffixes, then prefixes (as suffixes of the reversed texts)
        view = [t[::-1] if flip else t for t in texts]
        # (items of a numbered or bulleted list and rows of a table end alike by design: they cast no vote)
        voters = [v for v, t in zip(view, texts) if len(t) >= 20 and not NUMBERED_ITEM.match(t)
                  and not BULLETED_ITEM.match(t) and not TABLE_ROW.match(t)]
        suffix = _repeated_suffix(voters, min_repeats, prefix=flip)
        if suffix:
            hit = [t.endswith(suffix) and len(t) > len(suffix) for t in view]
            found.append((suffix[::-1] if flip else suffix).strip())
            view = [t[: -len(suffix)].strip() if h else t for t, h in zip(view, hit)]
            texts = [t[::-1] if flip else t for t in view]
    return texts, found


def _repeated_suffix(texts: list[str], min_repeats: int, prefix: bool = False) -> str | None:
    """The longest ending most texts share; for prefixes (texts reversed), one
    set off by a separator ("某某网|"), since paragraphs may well begin alike
    with a name ("张某表示", "条例规定")."""
    best = None
    need = max(min_repeats, (len(texts) + 1) // 2)
    for length in range(2, 25):
        ends: dict[str, int] = {}
        for t in texts:
            if len(t) > length + 4:
                ends[t[-length:]] = ends.get(t[-length:], 0) + 1
        # an ending set off by a space or separator ("… 本报记者 某某 摄") needs
        # min_repeats; one glued to the text, most of the paragraphs
        common = [s for s, n in ends.items() if n >= min_repeats and re.search(r"[^\W\d_]", s)]
        # (a clause's or a sentence's end closes the text's own words, 每次积2分；, never a site's mark)
        common = [s for s in common if not re.search(r"[。！？!?”」』…；;]", s[-1]) and not re.search(r"[。！？]", s)]
        if not common:
            break
        fit = [s for s in common if ends[s] >= need or s[0] in " |｜"]
        fit = [c for c in fit if c[0] in "|｜:：】]>》"] if prefix else fit
        if fit:
            best = max(fit, key=ends.get)
    return best


# Anti-copy jammers: short random Latin/digit strings set between the
# sentences of a page (Discuz! "jammer" spans, copy guards).  A run counts
# when it mixes letter cases and digits the way no word or model name does,
# follows a sentence's punctuation, and the page has several different ones.
JAMMER = re.compile(r"(?<=[。！？；，,”」』])[ \t]?[A-Za-z0-9]{5,16}[ \t]?(?=[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“])")
# A Discuz!-style jammer: short tokens of Latin letters, digits and symbols set
# apart by spaces after a sentence ("8 K0 Y7 m+ P% f1 r"); four or more
# tokens, two or more mixing letters, digits or symbols, are no English.
SPACED_JAMMER = re.compile(r"(?<=[。！？；，,”」』])[ \t]*(?P<run>(?:[!-~]{1,3} ){3,12}[!-~]{1,3})[ \t]*(?=$|[\u4e00-\u9fff“「])")


def _mixed(token: str) -> bool:
    kinds = {"d" if c.isdigit() else "a" if c.isalpha() else "s" for c in token}
    return len(kinds) >= 2 or kinds == {"s"} and len(token) >= 2


def strip_spaced_jammers(text: str) -> tuple[str, int]:
    """Remove spaced jammer runs from a line (before damage is looked for:
    their "?" is no lost byte); return the line and how many went."""
    removed = 0

    def drop(m: re.Match) -> str:
        nonlocal removed
        if sum(map(_mixed, m["run"].split())) >= 2:
            removed += 1
            return ""
        return m.group(0)
    return SPACED_JAMMER.sub(drop, text), removed


SHAPES = frozenset("★☆●○◆◇▲△▼▽■□♦◎※")  # shapes a mirror strews between sentences in runs of kinds (★●◆▲)
_SHAPE_CHARS = "".join(sorted(SHAPES))
_SHAPE = f"[{_SHAPE_CHARS}]"
JUNK_RUN = re.compile(rf"[%@#*&^$~]{{3,}}|(?:[%@#*&^$~][\s]?){{4,}}|{_SHAPE}{{3,}}")


def strip_junk_runs(text: str) -> tuple[str, int]:
    """The text without its runs of junk symbols ("%@#*", "******" padding, ★●◆▲), and how
    many went.  A run of tildes alone is a writer's drawl (好帖~~~), not junk."""
    removed = 0

    def drop(m: re.Match) -> str:
        nonlocal removed
        if not m.group(0).replace("~", "").strip():
            return m.group(0)
        if m.group(0)[0] in SHAPES and len(set(m.group(0))) < 2:
            return m.group(0)  # one shape repeated (★★★): a rating or a divider, not junk
        removed += 1
        return ""

    padded = PADDED.match(text)
    if padded:  # a line set between runs of shapes (★★★标题★★★): a copy's eye-catching pad, not a divider
        text, removed = padded["text"], 1
    return JUNK_RUN.sub(drop, text), removed


PADDED = re.compile(rf"^\s*{_SHAPE}{{3,}}\s*(?P<text>[^{_SHAPE_CHARS}]{{4,}}?)\s*{_SHAPE}{{3,}}\s*$")  # (★★★标题★★★)


def _random_looking(token: str) -> bool:
    """Letters and digits interleaved the way no word, model name or unit is
    ("x3Kd9Q", "7hTq2w"), while iPhone, PatentlyApple, H5N1, 5G or COVID19 are not."""
    if len(token) < 5 or not re.search(r"\d", token) or not re.search(r"[A-Za-z]", token):
        return False
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" for c in token]
    return sum(a != b for a, b in zip(kinds, kinds[1:])) >= 3 or set(kinds) == {"d", "u", "l"}


# A copier's mark set between sentences: its domain, in half or full width (ｙｕｅｄｕｚｘ．ｎｅｔ), or a
# bracketed tag naming the copier (（范文知识网 www.fwzsw.com）, （悦读资讯首发）): no writer puts a bare
# address between two sentences.
SITE_MARK = re.compile(r"(?<=[。！？；”」』])[ \t]?(?:[（(][^（）()。，]{0,12}?[ \t]?(?:www[.．])?[A-Za-z0-9\-Ａ-Ｚａ-ｚ０-９－]{2,30}"
                       r"[.．][A-Za-zａ-ｚ]{2,6}[)）]|[（(][^（）()。，]{2,10}首发[)）]"
                       r"|(?:www[.．])?[A-Za-z0-9\-Ａ-Ｚａ-ｚ０-９－]{2,30}[.．][A-Za-zａ-ｚ]{2,6})[ \t]?(?=[\u4e00-\u9fff“])")


LINE_JAMMER = re.compile(r"^[A-Za-z0-9]{5,16}$")  # a jammer string set on a line of its own


def strip_jammers(texts: list[str], min_runs: int = 3) -> tuple[list[str], int]:
    """Remove jammer strings, a copier's marks and runs of junk symbols (%@#*); return how many went.
    Strings of random look (x3Kd9Q) and site marks go where three distinct ones are strewn over the text."""
    runs = [m.group(0).strip() for t in texts for m in JAMMER.finditer(t) if _random_looking(m.group(0).strip())]
    runs += [m.group(0).strip() for t in texts for m in SITE_MARK.finditer(t)]
    alone = {t.strip() for t in texts if LINE_JAMMER.match(t.strip()) and _random_looking(t.strip())}  # (vB93Lp0 on a line)
    runs += alone
    removed = 0
    if len(set(runs)) >= min_runs:
        def drop(m: re.Match) -> str:
            nonlocal removed
            if m.re is SITE_MARK or _random_looking(m.group(0).strip()):
                removed += 1
                return ""
            return m.group(0)
        texts = [SITE_MARK.sub(drop, JAMMER.sub(drop, t)) for t in texts]
        removed += sum(1 for t in texts if t.strip() in alone)
        texts = ["" if t.strip() in alone else t for t in texts]
    out = []
    for t in texts:
        t, n = strip_junk_runs(t)
        removed += n
        out.append(t)
    return out, removed
