<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>yibao::AccountChart</name>
    <message>
        <source>个人账户划入：按年、按年龄段</source>
        <translation>Personal account inflow by year and age band</translation>
    </message>
    <message>
        <source>个人账户划入：没有已缴费的月份</source>
        <translation>Personal account inflow: no paid months</translation>
    </message>
    <message>
        <source>每年划入（元）</source>
        <translation>Inflow per year (yuan)</translation>
    </message>
    <message>
        <source>累计（元）</source>
        <translation>Cumulative (yuan)</translation>
    </message>
    <message>
        <source>个人账户划入图</source>
        <translation>Personal account inflow chart</translation>
    </message>
    <message>
        <source>参数未知（金额不详）</source>
        <translation>parameter unknown (amount not known)</translation>
    </message>
    <message>
        <source>累计（已知部分）</source>
        <translation>Cumulative (known part)</translation>
    </message>
</context>
<context>
    <name>yibao::ArticleBrowser</name>
    <message>
        <source>资料库没有打开</source>
        <translation>The corpus database is not open</translation>
    </message>
    <message>
        <source>资料原文</source>
        <translation>Source texts</translation>
    </message>
    <message>
        <source>搜索资料，如：补缴、断缴、3个月</source>
        <translation>Search the sources, e.g. 补缴, 断缴, 3个月</translation>
    </message>
    <message>
        <source>搜索资料</source>
        <translation>Search the sources</translation>
    </message>
    <message>
        <source>文章和搜索结果</source>
        <translation>Articles and search results</translation>
    </message>
    <message>
        <source>文章全文</source>
        <translation>Full article</translation>
    </message>
    <message>
        <source>资料库无法打开，搜索不可用：%1</source>
        <translation>The corpus database cannot be opened; search is off: %1</translation>
    </message>
    <message>
        <source>资料库无法载入文章，搜索不可用：%1</source>
        <translation>The corpus database cannot load the articles; search is off: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 篇文章</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>搜索失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 段</source>
        <translation>
            <numerusform>%n passage found</numerusform>
            <numerusform>%n passages found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>资料原文 — %1</source>
        <translation>Source text — %1</translation>
    </message>
    <message>
        <source>本程序的解释</source>
        <translation>our explanation</translation>
    </message>
    <message>
        <source>共 %1 条，显示前 %2 条</source>
        <translation>%1 found, showing the first %2</translation>
    </message>
    <message>
        <source>显示全部</source>
        <translation>show all</translation>
    </message>
</context>
<context>
    <name>yibao::CardWidget</name>
    <message>
        <source>✓ 正常</source>
        <translation>✓ Fine</translation>
    </message>
    <message>
        <source>! 注意</source>
        <translation>! Attention</translation>
    </message>
    <message>
        <source>✗ 不利</source>
        <translation>✗ Unfavourable</translation>
    </message>
    <message>
        <source>? 未知</source>
        <translation>? Unknown</translation>
    </message>
    <message>
        <source>信息</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>基于上次有效输入</source>
        <translation>From the last valid input</translation>
    </message>
</context>
<context>
    <name>yibao::Cards</name>
    <message>
        <source>zh_CN</source>
        <comment>language id of the card texts: zh_CN or en</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>yibao::ConsultationListDialog</name>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>删除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>咨询记录</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>按姓名、身份证号后 4 位或日期（如 2026-11）查找</source>
        <translation>Find by name, last 4 digits of the ID number or date (e.g. 2026-11)</translation>
    </message>
    <message>
        <source>查找咨询记录</source>
        <translation>Find consultations</translation>
    </message>
    <message>
        <source>咨询记录列表</source>
        <translation>List of consultations</translation>
    </message>
    <message>
        <source>一直保留</source>
        <translation>keep forever</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保留天数</source>
        <translation>Days to keep</translation>
    </message>
    <message>
        <source>超过这么多天未再保存的咨询记录在程序下次启动时删除；0 为一直保留</source>
        <translation>Consultations not saved again for this many days are deleted at the next start; 0 keeps them forever</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>保留(&amp;K)：</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法读取咨询记录：%1</source>
        <translation>Cannot read the consultations: %1</translation>
    </message>
    <message>
        <source>显示最近 %1 条，共 %2 条</source>
        <translation>Showing the latest %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条咨询记录</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 条</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>删除咨询记录</source>
        <translation>Delete consultation</translation>
    </message>
    <message>
        <source>删除 %1（%2 保存）的咨询记录？删除后无法恢复。</source>
        <translation>Delete the consultation of %1 (saved %2)? It cannot be restored.</translation>
    </message>
    <message>
        <source>未留姓名</source>
        <translation>no name given</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>导出案例</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json)</source>
        <translation>Insurance cases (*.yibao.json)</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>导入自 %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>无法导入 %1：
%2</source>
        <translation>Cannot import %1:
%2</translation>
    </message>
    <message>
        <source>导入案例</source>
        <translation>Import case</translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json *.json)</source>
        <translation>Insurance cases (*.yibao.json *.json)</translation>
    </message>
</context>
<context>
    <name>yibao::ConsultationModel</name>
    <message>
        <source>校验位不对，请核对证件</source>
        <translation>Check digit wrong; please check the ID card</translation>
    </message>
    <message>
        <source>不是有效的 18 位身份证号</source>
        <translation>Not a valid 18-digit ID number</translation>
    </message>
    <message>
        <source>保存时间</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
</context>
<context>
    <name>yibao::CounterWorkflow</name>
    <message>
        <source>资料库无法打开：不自动保存，咨询记录不可用</source>
        <translation>Database cannot be opened: no autosave, consultations unavailable</translation>
    </message>
    <message>
        <source>咨询(&amp;C)</source>
        <translation>&amp;Consultations</translation>
    </message>
    <message>
        <source>保存为咨询记录(&amp;S)…</source>
        <translation>&amp;Save as consultation…</translation>
    </message>
    <message>
        <source>咨询记录(&amp;L)…</source>
        <translation>Consultation &amp;list…</translation>
    </message>
    <message>
        <source>导入缴费记录(CSV)(&amp;I)…</source>
        <translation>&amp;Import contribution history (CSV)…</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>资料库无法打开</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>程序的资料库无法打开：
%1

程序照常可用，但这次不会自动保存正在输入的案例，也不能保存或查找咨询记录。请用“文件→另存为”保存案例，并检查该文件夹是否可写、磁盘是否已满。</source>
        <translation>The program&apos;s database cannot be opened:
%1

The program works as usual, but this time the case being typed is not autosaved, and consultations cannot be saved or found. Save the case with File → Save As, and check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>从损坏的文件中找回 %1 条咨询记录中的 %2 条。</source>
        <translation>Recovered %2 of %1 consultations from the damaged file.</translation>
    </message>
    <message>
        <source>损坏的文件中的咨询记录无法读出；该文件仍保留在上述位置。</source>
        <translation>The consultations in the damaged file could not be read; the file stays where it was moved.</translation>
    </message>
    <message>
        <source>损坏的文件中没有咨询记录。</source>
        <translation>The damaged file held no consultations.</translation>
    </message>
    <message numerus="yes">
        <source>最多 %n 条咨询记录无法读出。</source>
        <translation>
            <numerusform>At most %n consultation could not be read.</numerusform>
            <numerusform>At most %n consultations could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>上次未保存的案例也已找回。</source>
        <translation>The unsaved case of the last run was recovered too.</translation>
    </message>
    <message>
        <source>资料库已损坏，已移开并新建</source>
        <translation>Database damaged; moved aside and created anew</translation>
    </message>
    <message>
        <source>资料库已修复</source>
        <translation>Database repaired</translation>
    </message>
    <message numerus="yes">
        <source>已按保留期限删除 %n 条旧咨询记录</source>
        <translation>
            <numerusform>Deleted %n old consultation past the retention period</numerusform>
            <numerusform>Deleted %n old consultations past the retention period</numerusform>
        </translation>
    </message>
    <message>
        <source>一个未保存的新案例</source>
        <translation>a new unsaved case</translation>
    </message>
    <message>
        <source>案例 %1 的未保存修改</source>
        <translation>unsaved changes to case %1</translation>
    </message>
    <message>
        <source>恢复未保存的案例</source>
        <translation>Restore unsaved case</translation>
    </message>
    <message>
        <source>上次程序没有正常退出，留下了%1（%2 自动保存）。要恢复吗？</source>
        <translation>The program did not exit normally last time and left %1 (autosaved %2). Restore it?</translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>不要，删掉它(&amp;D)</source>
        <translation>No, &amp;delete it</translation>
    </message>
    <message>
        <source>无法读取自动保存：%1</source>
        <translation>Cannot read the autosave: %1</translation>
    </message>
    <message>
        <source>自动保存的案例无法读取：%1</source>
        <translation>The autosaved case cannot be read: %1</translation>
    </message>
    <message>
        <source>已恢复上次未保存的案例</source>
        <translation>Restored the unsaved case of the last run</translation>
    </message>
    <message>
        <source>自动保存失败，请用“文件→另存为”保存案例</source>
        <translation>Autosave failed; save the case with File → Save As</translation>
    </message>
    <message>
        <source>自动保存失败</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <source>资料库无法打开：%1</source>
        <translation>Database cannot be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>案例中还有 %n 处输入需要修改，改正后才能保存为咨询记录。（按原样保存可用“文件→另存为”。）</source>
        <translation>
            <numerusform>The case still has %n input to correct before it can be saved as a consultation. (File → Save As saves it as it is.)</numerusform>
            <numerusform>The case still has %n inputs to correct before it can be saved as a consultation. (File → Save As saves it as it is.)</numerusform>
        </translation>
    </message>
    <message>
        <source>已打开 %1 的咨询记录</source>
        <translation>Opened the consultation of %1</translation>
    </message>
    <message>
        <source>未留姓名</source>
        <translation>no name given</translation>
    </message>
    <message>
        <source>已保存为咨询记录</source>
        <translation>Saved as a consultation</translation>
    </message>
    <message>
        <source>保存为咨询记录</source>
        <translation>Save as consultation</translation>
    </message>
    <message>
        <source>打开咨询记录</source>
        <translation>Open consultation</translation>
    </message>
    <message>
        <source>导入缴费记录</source>
        <translation>Import contribution history</translation>
    </message>
    <message>
        <source>缴费记录 (*.csv *.txt);;所有文件 (*)</source>
        <translation>Contribution history (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>导入缴费记录 %1</source>
        <translation>Import contribution history %1</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 段缴费记录</source>
        <translation>
            <numerusform>Imported %n contribution period</numerusform>
            <numerusform>Imported %n contribution periods</numerusform>
        </translation>
    </message>
    <message>
        <source>磁盘已满，或资料库所在的磁盘无法写入。请腾出磁盘空间（或检查磁盘），窗口里的内容都还在。</source>
        <translation>The disk is full, or the disk of the database cannot be written. Free some disk space (or check the disk); everything in the window is still there.</translation>
    </message>
    <message>
        <source>详细信息：%1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 不是损坏资料库的备份</source>
        <translation>%1 is not a copy of a damaged database</translation>
    </message>
    <message>
        <source>无法删除 %1</source>
        <translation>Cannot delete %1</translation>
    </message>
    <message>
        <source>损坏资料库的备份</source>
        <translation>Copies of damaged databases</translation>
    </message>
    <message>
        <source>资料库损坏时移开的文件。它们含有客户的姓名和完整身份证号，确认不再需要后请删除。</source>
        <translation>Files moved aside when the database was damaged. They hold clients&apos; names and full ID numbers: delete them once they are no longer needed.</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>%1（%2，%3 KB）</source>
        <translation>%1 (%2, %3 KB)</translation>
    </message>
    <message>
        <source>删除损坏资料库的备份</source>
        <translation>Delete a copy of a damaged database</translation>
    </message>
    <message>
        <source>删除 %1？删除后无法恢复。</source>
        <translation>Delete %1? It cannot be restored.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>损坏资料库的备份(&amp;B)…</source>
        <translation>Copies of damaged data&amp;bases…</translation>
    </message>
    <message>
        <source>资料库文件是空的</source>
        <translation>The database file is empty</translation>
    </message>
    <message>
        <source>程序的资料库文件是空的（0 字节）：
%1

已把它当作新资料库使用，其中没有以前的咨询记录。如果以前在这台电脑上保存过咨询记录，它们不在这个文件里（可能文件被清空或换过）。</source>
        <translation>The program&apos;s database file is empty (0 bytes):
%1

It is used as a new database and holds no earlier consultations. If consultations were saved on this computer before, they are not in this file (it may have been emptied or replaced).</translation>
    </message>
    <message numerus="yes">
        <source>已按保留期限删除 %n 个损坏资料库的备份</source>
        <translation>
            <numerusform>Deleted %n copy of a damaged database past the retention period</numerusform>
            <numerusform>Deleted %n copies of damaged databases past the retention period</numerusform>
        </translation>
    </message>
    <message>
        <source>程序的资料库已损坏，已移开并新建资料库。
损坏的文件已移到：
%1</source>
        <translation>The program&apos;s database was damaged; it was moved aside and a new one created.
The damaged file was moved to:
%1</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 条的案例已无法读出，记录已保留并加了备注。</source>
        <translation>
            <numerusform>The case of %n of them could not be read; the consultation was kept with a note.</numerusform>
            <numerusform>The cases of %n of them could not be read; the consultations were kept with a note.</numerusform>
        </translation>
    </message>
    <message>
        <source>损坏的原因：%1</source>
        <translation>What is damaged: %1</translation>
    </message>
    <message>
        <source>详细信息…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>自动保存已恢复</source>
        <translation>Autosave works again</translation>
    </message>
    <message>
        <source>正在输入的案例无法自动保存：
%1

窗口里的内容都还在，程序会每隔几秒再试。也可以用“文件→另存为”把案例保存到别处（例如 U 盘）。</source>
        <translation>The case being typed cannot be autosaved:
%1

Everything in the window is still there, and the program tries again every few seconds. You can also save the case elsewhere (e.g. a USB stick) with File → Save As.</translation>
    </message>
    <message>
        <source>已载入另一窗口保存的版本</source>
        <translation>Loaded the version saved in the other window</translation>
    </message>
    <message>
        <source>咨询记录已在别处修改</source>
        <translation>Consultation changed elsewhere</translation>
    </message>
    <message>
        <source>这条咨询记录（%1）在您打开之后已由另一个窗口保存过（%2）。要怎么办？</source>
        <translation>This consultation (%1) was saved from another window after you opened it (%2). What should be done?</translation>
    </message>
    <message>
        <source>我的另存为新记录(&amp;N)</source>
        <translation>Keep mine as a &amp;new consultation</translation>
    </message>
    <message>
        <source>载入对方的版本(&amp;R)</source>
        <translation>&amp;Reload theirs</translation>
    </message>
    <message>
        <source>用我的覆盖(&amp;O)</source>
        <translation>&amp;Overwrite with mine</translation>
    </message>
    <message>
        <source>这条咨询记录的案例在资料库损坏时丢失了，只剩客户资料和备注。请重新输入案例，保存时会存回这条记录。</source>
        <translation>The case of this consultation was lost when the database was damaged; only the client&apos;s details and the note are left. Type the case again; saving stores it back into this consultation.</translation>
    </message>
    <message>
        <source>咨询记录没有保存：资料库写入失败。填写的姓名和身份证号都还在，请稍后再试，或用“文件→另存为”把案例存成文件。</source>
        <translation>The consultation was not saved: the database could not be written. The name and ID number you typed are still there; try again later, or save the case as a file with File → Save As.</translation>
    </message>
    <message>
        <source>已打开 %1 的咨询记录。注意：它保存时的政策配置是 %2 版本 %3，现行版本是 %4，数字已按现行版本重新计算，可能与当时告知客户的不同。</source>
        <translation>Opened %1&apos;s consultation. Note: it was saved with profile %2 version %3; the current version is %4, so the figures were computed again and may differ from what the client was told.</translation>
    </message>
    <message>
        <source>这条咨询记录保存时按政策配置 %1 的 %2 版计算，现行版本是 %3，下面的结果已按现行版本重新计算。</source>
        <translation>This consultation was saved with version %2 of profile %1; the current version is %3, and the results below are computed with it. </translation>
    </message>
    <message>
        <source>保存时存档的结果无法读取，无法对比。</source>
        <translation>The results kept when it was saved cannot be read, so there is nothing to compare.</translation>
    </message>
    <message>
        <source>保存时的结果未存档，无法对比。</source>
        <translation>The results shown when it was saved were not kept (saved by an older program), so there is nothing to compare.</translation>
    </message>
    <message>
        <source>与保存时相比，主要数字没有变化。</source>
        <translation>The headline figures are the same as when it was saved.</translation>
    </message>
    <message numerus="yes">
        <source>与保存时相比，有 %n 项主要数字不同。</source>
        <translation>
            <numerusform>%n headline figure differs from when it was saved.</numerusform>
            <numerusform>%n headline figures differ from when it was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>左列是 %1 保存这条咨询记录时显示的结果（政策配置 %2 的 %3 版，计算日期 %4）；右列是现在按现行版本 %5 和窗口中的输入计算的结果。</source>
        <translation>The left column shows the results as they were when this consultation was saved on %1 (profile %2, version %3, calculation date %4); the right column, the results now with the current version %5 and the input in the window.</translation>
    </message>
    <message>
        <source>保存时（%1 版）</source>
        <translation>When saved (version %1)</translation>
    </message>
    <message>
        <source>现在（%1 版）</source>
        <translation>Now (version %1)</translation>
    </message>
</context>
<context>
    <name>yibao::CsvImportDialog</name>
    <message>
        <source>替换案例中现有的缴费记录(&amp;R)</source>
        <translation>&amp;Replace the contribution periods of the case</translation>
    </message>
    <message>
        <source>追加到现有缴费记录之后(&amp;A)</source>
        <translation>&amp;Append after the existing periods</translation>
    </message>
    <message>
        <source>导入缴费记录：%1</source>
        <translation>Import contribution history: %1</translation>
    </message>
    <message>
        <source>起</source>
        <translation>from</translation>
    </message>
    <message>
        <source>止</source>
        <translation>to</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>缴费基数（元）</source>
        <translation>Base (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>到账日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>文件行</source>
        <translation>File lines</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>编码 %1，读到 %2 行数据：%3 行可导入，合并为 %4 段；%5 行不能导入。</source>
        <translation>Encoding %1, %2 data lines read: %3 can be imported, merged into %4 periods; %5 cannot be imported.</translation>
    </message>
    <message>
        <source>将导入的缴费记录</source>
        <translation>Periods to import</translation>
    </message>
    <message>
        <source>不能导入的行</source>
        <translation>Lines that cannot be imported</translation>
    </message>
    <message>
        <source>没有。每一行都读懂了。</source>
        <translation>None. Every line was understood.</translation>
    </message>
    <message numerus="yes">
        <source>导入 %n 段</source>
        <translation>
            <numerusform>Import %n period</numerusform>
            <numerusform>Import %n periods</numerusform>
        </translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>yibao::ErrorPlace</name>
    <message>
        <source>起始月份</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>To</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补缴日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>就医类型</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>退休时缴费基数</source>
        <translation>Base at retirement</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>缴费记录 第%1行</source>
        <translation>Contributions row %1</translation>
    </message>
    <message>
        <source>就医事件</source>
        <translation>Medical events</translation>
    </message>
    <message>
        <source>就医事件 第%1行</source>
        <translation>Medical events row %1</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>退休信息</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>退休日期</source>
        <translation>Retirement date</translation>
    </message>
    <message>
        <source>计算日期</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation>Deemed months</translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
</context>
<context>
    <name>yibao::EventsForm</name>
    <message>
        <source>第%1行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>就医日期与类型：判断当天个人账户能否使用、统筹基金是否报销。</source>
        <translation>Date and kind of care: whether the personal account can be used and the pooled fund reimburses on that day.</translation>
    </message>
    <message>
        <source>添加事件</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>添加一次就医（Insert）</source>
        <translation>Add a medical event (Insert)</translation>
    </message>
    <message>
        <source>删除事件</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>就医事件表</source>
        <translation>Medical events table</translation>
    </message>
    <message>
        <source>删除选中的就医事件（Ctrl+Delete）</source>
        <translation>Delete the selected medical events (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>yibao::EventsModel</name>
    <message>
        <source>修改就医事件第%1行</source>
        <translation>Change medical event row %1</translation>
    </message>
    <message>
        <source>就医日期</source>
        <translation>Date of care</translation>
    </message>
    <message>
        <source>就医类型</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>添加就医事件</source>
        <translation>Add medical event</translation>
    </message>
    <message>
        <source>删除就医事件</source>
        <translation>Delete medical event</translation>
    </message>
    <message numerus="yes">
        <source>清空%n格</source>
        <translation>
            <numerusform>Empty %n cell</numerusform>
            <numerusform>Empty %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yibao::ExplanationPane</name>
    <message>
        <source>资料 %1 不在资料库中</source>
        <translation>Source %1 is not in the corpus</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>在中间选中一张结果卡片，这里显示它的计算过程和资料原文。</source>
        <translation>Select a result card in the middle; its computation and source texts appear here.</translation>
    </message>
    <message>
        <source>这张卡片没有计算步骤。</source>
        <translation>This card has no computation steps.</translation>
    </message>
    <message>
        <source>解读</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>计算过程</source>
        <translation>Computation</translation>
    </message>
    <message>
        <source>资料说法不一</source>
        <translation>Sources disagree</translation>
    </message>
    <message>
        <source>⚠ 资料说法不一</source>
        <translation>⚠ Sources disagree</translation>
    </message>
    <message>
        <source>下列资料与本程序采用的规定说法不同。计算按档案的规定进行；各地经办规定不一，请以当地医保经办机构的答复为准。</source>
        <translation>The sources below say something different from the rule this program uses. The computation follows the profile; local practice varies, so the answer of the local medical insurance office prevails.</translation>
    </message>
    <message>
        <source>另一说法：%1</source>
        <translation>Another source says: %1</translation>
    </message>
    <message>
        <source>其他依据（法律法规）</source>
        <translation>Other sources (laws and regulations)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>输入</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>参数名</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>适用于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>公式</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>缺少参数</source>
        <translation>Missing parameter</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>资料原文</source>
        <translation>Source texts</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ 资料说法不一&lt;/b&gt;：有 %n 处规定，资料的说法与本程序采用的不同。&lt;a href=&quot;#conflicts&quot;&gt;查看&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ Sources disagree&lt;/b&gt;: on %n rule the sources say something other than this program uses. &lt;a href=&quot;#conflicts&quot;&gt;Show&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;⚠ Sources disagree&lt;/b&gt;: on %n rules the sources say something other than this program uses. &lt;a href=&quot;#conflicts&quot;&gt;Show&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>资料原文（高亮为与本结果有关的数字和词语，点击标题查看全文）</source>
        <translation>Source texts (figures and words related to this result highlighted; click a heading to read the whole article)</translation>
    </message>
    <message>
        <source>引用于：%1</source>
        <translation>Quoted for: %1</translation>
    </message>
    <message>
        <source>（北京示例：资料只给出北京的情况）</source>
        <translation> (a Beijing example: the sources give only Beijing&apos;s case)</translation>
    </message>
    <message>
        <source>见于「%1」的相关推荐</source>
        <translation>in the related items of 「%1」</translation>
    </message>
</context>
<context>
    <name>yibao::Labels</name>
    <message>
        <source>单位职工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>灵活就业</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation>Resident insurance</translation>
    </message>
    <message>
        <source>视同缴费</source>
        <translation>Deemed</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>已补缴</source>
        <translation>Back-paid</translation>
    </message>
    <message>
        <source>计划缴费</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>Outpatient</translation>
    </message>
    <message>
        <source>药店购药</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>住院</source>
        <translation>Inpatient</translation>
    </message>
    <message>
        <source>门诊慢特病</source>
        <translation>Chronic/special outpatient</translation>
    </message>
    <message>
        <source>男职工</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女干部（原55岁退休）</source>
        <translation>Female cadre (originally retires at 55)</translation>
    </message>
    <message>
        <source>女工人（原50岁退休）</source>
        <translation>Female worker (originally retires at 50)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>yibao::MainWindow</name>
    <message>
        <source>改用政策配置 %1</source>
        <translation>Use policy profile %1</translation>
    </message>
    <message>
        <source>修改计算日期</source>
        <translation>Change as-of date</translation>
    </message>
    <message>
        <source>已按当前输入计算</source>
        <translation>Computed from the current input</translation>
    </message>
    <message>
        <source>原文资料</source>
        <translation>Source articles</translation>
    </message>
    <message>
        <source>打印明白纸</source>
        <translation>Print summary sheet</translation>
    </message>
    <message>
        <source>请先改正输入中的问题，再打印明白纸。</source>
        <translation>Please correct the input first, then print the summary sheet.</translation>
    </message>
    <message>
        <source>明白纸</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>打开案例</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json *.json)</source>
        <translation>Insurance cases (*.yibao.json *.json)</translation>
    </message>
    <message>
        <source>无法打开 %1：
%2</source>
        <translation>Cannot open %1:
%2</translation>
    </message>
    <message>
        <source>无法保存 %1：%2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>保存案例</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>另存案例</source>
        <translation>Save case as</translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json)</source>
        <translation>Insurance cases (*.yibao.json)</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>当前案例有未保存的修改。要先保存吗？</source>
        <translation>The current case has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>撤销“%1”(&amp;U)</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做“%1”(&amp;R)</source>
        <translation>&amp;Redo “%1”</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>职工医保计算与解读</source>
        <translation>Employee Medical Insurance Calculator</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>案例表单</source>
        <translation>Case forms</translation>
    </message>
    <message>
        <source>政策配置(&amp;P)：</source>
        <translation>Policy &amp;profile:</translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <source>计算所用的政策参数：全国通用或地方配置</source>
        <translation>The policy parameters used: national or a local profile</translation>
    </message>
    <message>
        <source>计算日期(&amp;D)：</source>
        <translation>As-of &amp;date:</translation>
    </message>
    <message>
        <source>计算日期</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>按哪一天计算欠费、滞纳金和待遇</source>
        <translation>The day for which arrears, late fees and benefits are computed</translation>
    </message>
    <message>
        <source>输入需要修改（点击定位）：</source>
        <translation>Input to correct (click to go there):</translation>
    </message>
    <message>
        <source>输入问题列表</source>
        <translation>List of input problems</translation>
    </message>
    <message>
        <source>计算结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>结果解读</source>
        <translation>Explanation</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 处输入需要填写或修改</source>
        <translation>
            <numerusform>%n input to fill in or correct</numerusform>
            <numerusform>%n inputs to fill in or correct</numerusform>
        </translation>
    </message>
    <message>
        <source>明白纸已导出</source>
        <translation>Summary sheet exported</translation>
    </message>
    <message>
        <source>打印预览明白纸(&amp;V)…</source>
        <translation>Print pre&amp;view of the summary sheet…</translation>
    </message>
    <message>
        <source>打印明白纸(&amp;P)…</source>
        <translation>&amp;Print the summary sheet…</translation>
    </message>
    <message>
        <source>导出明白纸 PDF(&amp;D)…</source>
        <translation>Export the summary sheet as P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>已保存 %1（其中 %n 处输入仍需修改）</source>
        <translation>
            <numerusform>Saved %1 (%n input still to correct)</numerusform>
            <numerusform>Saved %1 (%n inputs still to correct)</numerusform>
        </translation>
    </message>
    <message>
        <source>不保存(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>修改缴款日期</source>
        <translation>Change payment date</translation>
    </message>
    <message>
        <source>……另有 %1 处问题，改正上面的问题后会列出</source>
        <translation>… %1 more problems, listed once the ones above are corrected</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 处输入需要修改；结果基于上次有效输入</source>
        <translation>
            <numerusform>%n input needs correcting; the results are from the last valid input</numerusform>
            <numerusform>%n inputs need correcting; the results are from the last valid input</numerusform>
        </translation>
    </message>
    <message>
        <source>放大文字(&amp;I)</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>缩小文字(&amp;O)</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>文字恢复原大小(&amp;0)</source>
        <translation>Actual size (&amp;0)</translation>
    </message>
    <message>
        <source>个人信息(&amp;N)</source>
        <translation>Perso&amp;n</translation>
    </message>
    <message>
        <source>缴费记录(&amp;O)</source>
        <translation>C&amp;ontributions</translation>
    </message>
    <message>
        <source>退休信息(&amp;R)</source>
        <translation>&amp;Retirement</translation>
    </message>
    <message>
        <source>就医事件(&amp;V)</source>
        <translation>Medical e&amp;vents</translation>
    </message>
    <message>
        <source>缴款日期(&amp;Y)：</source>
        <translation>Pa&amp;yment date:</translation>
    </message>
    <message>
        <source>缴款日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>同计算日期</source>
        <translation>Same as as-of date</translation>
    </message>
    <message>
        <source>客户打算哪天缴清欠费：欠缴月份的滞纳金算到这一天，并按这一天判断能否视为连续缴费</source>
        <translation>The day the client means to pay the arrears: late fees run to this day, and whether the gap counts as continuous is judged on it</translation>
    </message>
    <message>
        <source>文字大小 %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <source>⚠ 计算日期在今天之后</source>
        <translation>⚠ As-of date is after today</translation>
    </message>
    <message>
        <source>⚠ 计算日期在一年多以前</source>
        <translation>⚠ As-of date is more than a year ago</translation>
    </message>
    <message>
        <source>请核对计算日期：结果按 %1 计算（今天是 %2）</source>
        <translation>Please check the as-of date: the results are for %1 (today is %2)</translation>
    </message>
    <message>
        <source>咨询记录 %1</source>
        <translation>Consultation %1</translation>
    </message>
</context>
<context>
    <name>yibao::PeriodsForm</name>
    <message>
        <source>拆分记录</source>
        <translation>Split a row</translation>
    </message>
    <message>
        <source>第二段从哪个月开始（YYYY-MM）：</source>
        <translation>First month of the second part (YYYY-MM):</translation>
    </message>
    <message>
        <source>“%1”不是 YYYY-MM 形式的月份</source>
        <translation>&quot;%1&quot; is not a month of the form YYYY-MM</translation>
    </message>
    <message>
        <source>请选中至少两行相邻的记录</source>
        <translation>Select at least two adjacent rows</translation>
    </message>
    <message>
        <source>第%1行 %2：%3</source>
        <translation>Row %1 %2: %3</translation>
    </message>
    <message>
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>在当前行之后添加一行（Insert）</source>
        <translation>Add a row after the current one (Insert)</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>把当前行按月份拆成两行</source>
        <translation>Split the current row in two at a month</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>把选中的相邻几行合并为一行</source>
        <translation>Merge the selected adjacent rows into one</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>从电子表格粘贴多行（Ctrl+V），列顺序：起始月份、截止月份、类型、缴费基数、状态、补缴日期</source>
        <translation>Paste several rows from a spreadsheet (Ctrl+V); column order: from, to, kind, base, status, paid on</translation>
    </message>
    <message>
        <source>缴费记录表</source>
        <translation>Contribution table</translation>
    </message>
    <message>
        <source>删除选中的行（Ctrl+Delete）；Delete 只清空选中的格</source>
        <translation>Delete the selected rows (Ctrl+Delete); Delete only empties the selected cells</translation>
    </message>
</context>
<context>
    <name>yibao::PeriodsModel</name>
    <message>
        <source>修改第%1行%2</source>
        <translation>Change row %1 %2</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>To</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>缴费基数（元）</source>
        <translation>Base (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补缴日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>添加第%1行</source>
        <translation>Add row %1</translation>
    </message>
    <message>
        <source>删除第%1行</source>
        <translation>Delete row %1</translation>
    </message>
    <message numerus="yes">
        <source>删除%n行</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>拆分月份须在本行的起止月份之间（不含起始月份）</source>
        <translation>The split month must lie within the row, after its first month</translation>
    </message>
    <message>
        <source>拆分第%1行</source>
        <translation>Split row %1</translation>
    </message>
    <message>
        <source>请选中至少两行相邻的记录</source>
        <translation>Select at least two adjacent rows</translation>
    </message>
    <message>
        <source>第%1行与第%2行的月份不相接，不能合并</source>
        <translation>Rows %1 and %2 do not follow on month to month; they cannot be merged</translation>
    </message>
    <message>
        <source>合并第%1至%2行</source>
        <translation>Merge rows %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>粘贴%n行</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>清空%n格</source>
        <translation>
            <numerusform>Empty %n cell</numerusform>
            <numerusform>Empty %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>退休后</source>
        <translation>After retirement</translation>
    </message>
    <message>
        <source>欠费（部分退休后）</source>
        <translation>Arrears (partly after retirement)</translation>
    </message>
</context>
<context>
    <name>yibao::PersonForm</name>
    <message>
        <source>修改出生日期</source>
        <translation>Change birth date</translation>
    </message>
    <message>
        <source>修改性别</source>
        <translation>Change sex</translation>
    </message>
    <message>
        <source>修改人员类别</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>出生日期(&amp;B)：</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>性别(&amp;S)：</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>人员类别决定原法定退休年龄：男职工60岁，女干部55岁，女工人50岁。</source>
        <translation>The category fixes the original statutory retirement age: men 60, female cadres 55, female workers 50.</translation>
    </message>
    <message>
        <source>人员类别(&amp;G)：</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>请选择女干部或女工人</source>
        <translation>Choose female cadre or female worker</translation>
    </message>
</context>
<context>
    <name>yibao::ReportDialogs</name>
    <message>
        <source>打印预览：明白纸</source>
        <translation>Print preview: summary sheet</translation>
    </message>
    <message>
        <source>打印明白纸</source>
        <translation>Print summary sheet</translation>
    </message>
    <message>
        <source>无法打印：打印机没有接受这份文档。</source>
        <translation>Cannot print: the printer did not accept the document.</translation>
    </message>
    <message>
        <source>导出明白纸 PDF</source>
        <translation>Export the summary sheet as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>明白纸</source>
        <translation>Summary sheet</translation>
    </message>
    <message>
        <source>附上解释、资料原文和计算过程（附录）</source>
        <translation>Add the explanations, the source passages and the computation (appendix)</translation>
    </message>
    <message>
        <source>客户姓名（可不填）：</source>
        <translation>Client name (optional):</translation>
    </message>
    <message>
        <source>身份证号（印出时只显示前 3 位和后 4 位）：</source>
        <translation>ID number (printed with only the first 3 and last 4 digits):</translation>
    </message>
</context>
<context>
    <name>yibao::ReportWriter</name>
    <message>
        <source>%1：无法写入 PDF 文件（%2）</source>
        <translation>%1: cannot write the PDF file (%2)</translation>
    </message>
</context>
<context>
    <name>yibao::ResultsPane</name>
    <message>
        <source>计算结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>填写个人信息和缴费记录后，这里显示计算结果。</source>
        <translation>Enter the person and the contribution record; the results appear here.</translation>
    </message>
    <message>
        <source>输入有误</source>
        <translation>Input errors</translation>
    </message>
    <message numerus="yes">
        <source>请改正以下 %n 处输入。</source>
        <translation>
            <numerusform>Please correct the following input.</numerusform>
            <numerusform>Please correct the following %n inputs.</numerusform>
        </translation>
    </message>
    <message>
        <source>个人账户划入图</source>
        <translation>Personal account inflow chart</translation>
    </message>
    <message numerus="yes">
        <source>请改正以下 %n 处输入；下面是基于上次有效输入的结果。</source>
        <translation>
            <numerusform>Please correct the following input; the results below are from the last valid input.</numerusform>
            <numerusform>Please correct the following %n inputs; the results below are from the last valid input.</numerusform>
        </translation>
    </message>
    <message>
        <source>……另有 %1 处问题，改正上面的问题后会列出</source>
        <translation>… %1 more problems, listed once the ones above are corrected</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>已按下列理解计算：</source>
        <translation>Computed on this understanding:</translation>
    </message>
    <message>
        <source>缴费记录第 %1 行：%2 至 %3 记为欠费，但 %4 起已退休——退休后的月份不计欠费，也不用补缴</source>
        <translation>Contributions, row %1: %2 to %3 are entered as arrears, but the person is retired from %4 — nothing is owed or back-paid for months after retirement</translation>
    </message>
</context>
<context>
    <name>yibao::RetirementForm</name>
    <message>
        <source>按法定退休日期</source>
        <translation>Use the statutory retirement date</translation>
    </message>
    <message>
        <source>填写退休日期</source>
        <translation>Enter a retirement date</translation>
    </message>
    <message>
        <source>修改退休日期</source>
        <translation>Change retirement date</translation>
    </message>
    <message>
        <source>修改退休时缴费基数</source>
        <translation>Change base at retirement</translation>
    </message>
    <message>
        <source>修改视同缴费月数</source>
        <translation>Change deemed months</translation>
    </message>
    <message>
        <source>按法定退休年龄退休(&amp;T)</source>
        <translation>Retires at the s&amp;tatutory age</translation>
    </message>
    <message>
        <source>退休时缴费基数（元）(&amp;A)：</source>
        <translation>B&amp;ase at retirement (yuan):</translation>
    </message>
    <message>
        <source>视同缴费月数(&amp;M)：</source>
        <translation>Deemed &amp;months:</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>按法定退休年龄退休</source>
        <translation>Retires at the statutory age</translation>
    </message>
    <message>
        <source>退休日期</source>
        <translation>Retirement date</translation>
    </message>
    <message>
        <source>退休时缴费基数</source>
        <translation>Base at retirement</translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation>Deemed months</translation>
    </message>
    <message>
        <source>法定退休日期按2024年《关于实施渐进式延迟法定退休年龄的决定》计算；退休时缴费基数用于计算一次性补缴。</source>
        <translation>The statutory retirement date follows the 2024 decision on gradually raising the statutory retirement age; the base at retirement is used for the one-time back-pay.</translation>
    </message>
    <message>
        <source>法定退休日期：%1（%2岁%3个月）</source>
        <translation>Statutory retirement date: %1 (age %2 years %3 months)</translation>
    </message>
    <message>
        <source>退休日期(&amp;I)：</source>
        <translation>Ret&amp;irement date:</translation>
    </message>
</context>
<context>
    <name>yibao::SaveConsultationDialog</name>
    <message>
        <source>保存为咨询记录</source>
        <translation>Save as consultation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>可不填；18 位</source>
        <translation>optional; 18 digits</translation>
    </message>
    <message>
        <source>身份证号检查结果</source>
        <translation>ID number check</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>例如：来访原因、约定的下次办理事项</source>
        <translation>e.g. the reason for the visit, what was agreed for next time</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>身份证号(&amp;I)：</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>备注(&amp;R)：</source>
        <translation>Note (&amp;R):</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>当前案例连同以下信息保存在本机的资料库中。身份证号只在这里完整显示，其他地方只显示前 3 位和后 4 位。</source>
        <translation>The current case is saved with the details below in this computer&apos;s database. The ID number is shown in full only here; elsewhere only its first 3 and last 4 digits.</translation>
    </message>
    <message>
        <source>不填也可以保存。</source>
        <translation>It can be saved without.</translation>
    </message>
    <message>
        <source>号码有效（出生日期 %1）。</source>
        <translation>Valid number (born %1).</translation>
    </message>
    <message>
        <source>最后一位校验位应为 %1，请核对证件。仍可保存，记录会标出此问题。</source>
        <translation>The last (check) digit should be %1; please check the ID card. It can still be saved; the record will be flagged.</translation>
    </message>
    <message>
        <source>不是有效的 18 位身份证号（位数、地区码或出生日期不对）。仍可保存，记录会标出此问题。</source>
        <translation>Not a valid 18-digit ID number (length, region code or birth date wrong). It can still be saved; the record will be flagged.</translation>
    </message>
    <message>
        <source>另存为一条新记录(&amp;W)</source>
        <translation>Save as a ne&amp;w consultation</translation>
    </message>
    <message>
        <source>不勾选时更新打开的这条咨询记录</source>
        <translation>Unticked, the open consultation is updated</translation>
    </message>
    <message>
        <source>更新咨询记录</source>
        <translation>Update consultation</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 %1 与个人信息的出生日期 %2 不一致，请核对。</source>
        <translation>The birth date in the ID number, %1, differs from the birth date %2 of the person; please check.</translation>
    </message>
    <message>
        <source>身份证号第 17 位表示男性，与个人信息的性别（女）不一致，请核对。</source>
        <translation>Digit 17 of the ID number says male, but the person is female; please check.</translation>
    </message>
    <message>
        <source>身份证号第 17 位表示女性，与个人信息的性别（男）不一致，请核对。</source>
        <translation>Digit 17 of the ID number says female, but the person is male; please check.</translation>
    </message>
</context>
<context>
    <name>yibao::SavedFiguresDialog</name>
    <message>
        <source>对比保存时的结果</source>
        <translation>Compare with the results when saved</translation>
    </message>
    <message>
        <source>结果卡片</source>
        <translation>Result card</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>有变化</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>保存时与现在的结果</source>
        <translation>Results when saved and now</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>yibao::SavedFiguresNotice</name>
    <message>
        <source>对比保存时的结果(&amp;H)…</source>
        <translation>Compare with the results w&amp;hen saved…</translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>政策配置版本已变</source>
        <translation>Profile version changed</translation>
    </message>
</context>
<context>
    <name>yibao::TimelinePainter</name>
    <message>
        <source>截至日所在月</source>
        <translation>As-of month</translation>
    </message>
    <message>
        <source>退休月</source>
        <translation>Retirement month</translation>
    </message>
    <message>
        <source>按时缴费</source>
        <translation>Paid on time</translation>
    </message>
    <message>
        <source>逾期补缴</source>
        <translation>Paid late</translation>
    </message>
    <message>
        <source>欠费未缴</source>
        <translation>Arrears unpaid</translation>
    </message>
    <message>
        <source>未参保</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation>Resident insurance</translation>
    </message>
    <message>
        <source>视同缴费</source>
        <translation>Deemed</translation>
    </message>
    <message>
        <source>等待期（统筹暂停）</source>
        <translation>Waiting period (pooled fund suspended)</translation>
    </message>
    <message>
        <source>计划缴费</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>已退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>尚无缴费记录</source>
        <translation>No contribution record yet</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
</context>
<context>
    <name>yibao::TimelineWidget</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>缴费记录第 %1 行：%2 %3 至 %4，%5</source>
        <translation>Contribution row %1: %2 %3 to %4, %5</translation>
    </message>
    <message>
        <source>，缴费基数 %1</source>
        <translation>, base %1</translation>
    </message>
    <message>
        <source>，%1 补缴</source>
        <translation>, back-paid on %1</translation>
    </message>
    <message>
        <source>断缴 %1 至 %2（%3）：本金 %4，滞纳金 %5，尚欠 %6</source>
        <translation>Gap %1 to %2 (%3): principal %4, late fee %5, still owed %6</translation>
    </message>
    <message>
        <source>统筹基金暂停支付，%1起恢复</source>
        <translation>Pooled fund suspended, resumes %1</translation>
    </message>
    <message>
        <source>统筹基金暂停支付，尚未恢复</source>
        <translation>Pooled fund suspended, not yet resumed</translation>
    </message>
    <message>
        <source>截至日：%1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>退休月</source>
        <translation>Retirement month</translation>
    </message>
    <message>
        <source>缴费时间轴</source>
        <translation>Contribution timeline</translation>
    </message>
    <message>
        <source>尚无缴费记录</source>
        <translation>No contribution record yet</translation>
    </message>
    <message>
        <source>%1 %2 个月</source>
        <translation>%1 %2 months</translation>
    </message>
    <message>
        <source>%1至%2：%3。方向键逐月移动，回车选中缴费记录。</source>
        <translation>%1 to %2: %3. Arrow keys move month by month, Enter selects the contribution row.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
</TS>
