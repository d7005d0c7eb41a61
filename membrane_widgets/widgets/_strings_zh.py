"""The Chinese string table of the widgets (简体中文): the keys and placeholders of ``EN``.

Terms follow the course glossary (``docs/glossary.md``); units and chemical
symbols stay as in English.
"""

__all__ = ["ZH"]

ZH = {
    # names of icon-only buttons (read by screen readers)
    "a11y.button.play": "播放",
    "a11y.button.pause": "暂停",
    "a11y.button.stop": "停止",
    "a11y.button.repeat": "循环播放",
    "a11y.pending": "尚未生效：按 Enter 键应用（Shift+Enter 换行）。",
    # units and generic words
    "unit.mv": "mV",
    "unit.mm": "mM",
    "unit.celsius": "°C",
    "unit.j_per_mol": "J/mol",
    "unit.kj_per_mol": "kJ/mol",
    "unit.um": "µm",
    "unit.uf_per_cm2": "µF/cm²",
    "unit.ua_per_cm2": "µA/cm²",
    "unit.ms_per_cm2": "mS/cm²",
    "unit.ms": "ms",
    "unit.min": "min",
    "word.inside": "胞内",
    "word.outside": "胞外",
    "word.outward": "向外",
    "word.inward": "向内",
    "word.none": "无（处于平衡）",
    # controls
    "control.ion": "调节的离子",
    "gauge.control.ion": "显示的离子",
    "control.c_in": "胞内 [{ion}]",
    "control.c_out": "胞外 [{ion}]",
    "control.valence": "价态 z",
    "control.temperature": "温度",
    "control.permeability": "P({ion})",
    "control.vm_mode": "Vₘ",
    "control.vm_mode.ghk": "由 GHK 方程计算",
    "control.vm_mode.clamp": "已钳制",
    "control.vm_clamp": "钳制 Vₘ",
    # readouts
    "readout.nernst": "E<sub>{ion}</sub> = <b>{value}</b>",
    "readout.compartments": "{ion}：胞内 {c_in}，胞外 {c_out}（胞外/胞内浓度比 {ratio}）",
    "readout.vm": "V<sub>m</sub> = <b>{value}</b>",
    "readout.driving_force": "驱动力 V<sub>m</sub> − E<sub>{ion}</sub> = <b>{value}</b>",
    "readout.ions_move": "{ion} 的移动方向：<b>{direction}</b>",
    "readout.current_flows": "电流方向：<b>{direction}</b>",
    "readout.free_energy": "{direction}移动 1 mol 离子的 ΔG：<b>{value}</b>（{verdict}）",
    "readout.spontaneous": "自发",
    "readout.needs_energy": "需要供能",
    "readout.equilibrium": "处于平衡",
    "readout.weighted_mean": "V<sub>m</sub> = {terms} = <b>{value}</b>",
    "readout.weight_term": "{weight:.3f}×({e})",
    "readout.impermeant": "不通透",
    # axis labels
    "axis.voltage": "膜电位 (mV)",
    "axis.concentration": "浓度 (mM)",
    "axis.vote": "投票权重",
    # gauge
    "control.vm_value": "于 (mV)",
    "control.direction": "ΔG 对应的移动方向",
    "control.direction.in": "向内",
    "control.direction.out": "向外",
    "label.vm": "Vₘ",
    "label.reversal": "E({ion})",
    "readout.vm_with_source": "V<sub>m</sub> = <b>{value}</b>（{source}）",
    "readout.flow": "{ion} <b>{ions}</b>移动；电流方向<b>{current}</b>。",
    "readout.flow_anion": (
        "{ion} <b>{ions}</b>移动；电流方向<b>{current}</b>（与离子移动方向相反，"
        "因为 {ion} 带负电荷）。"
    ),
    "readout.flow_none": (
        "{ion} 没有净移动，也没有电流：V<sub>m</sub> = E<sub>{ion}</sub>（处于平衡）。"
    ),
    "readout.free_energy_ion": "将 1 mol {ion} {direction}移动的 ΔG：<b>{value}</b>（{verdict}）",
    # weight bars
    "caption.weight_bars": (
        "柱：各离子的投票权重（GHK 方程中的权重）。线：各 E<sub>i</sub> 与 V<sub>m</sub>。"
        "滑块：相对于 K⁺ 的通透性（对数刻度）。"
    ),
    "axis.ion": "离子",
    "label.vm_clamp": "Vₘ（钳制）",
    "readout.weighted_mean_ghk": "未钳制时：V<sub>GHK</sub> = {terms} = <b>{value}</b>",
    "readout.clamped": "V<sub>m</sub> 钳制于 <b>{value}</b>（虚线）。",
    # GHK explorer
    "axis.ghk_current": "GHK 电流 (µA/cm²)，外向为正",
    "label.total": "总电流",
    "caption.iv": (
        "各离子的 GHK 电流（以该离子的颜色表示）与总电流（黑色）；绝对通透性 = 相对值 × 10⁻⁶ cm/s。"
        "黑点标出 V<sub>m</sub>，此处总电流为零。"
    ),
    "caption.iv_clamp": "灰点：在钳制电位 {value} 下有净电流流过，该电流由电压钳提供。",
    "title.with_calcium": "{title} + Ca²⁺",
    # messages
    "error.no_permeant_ion": (
        "至少要有一种离子可以通透：请调高某一离子的通透性，才能计算 V_m。当前显示上一次的有效结果。"
    ),
    "error.argument": "参数 {argument} 的取值超出允许范围",
    "error.cannot_compute": "这组设置无法计算",
    "error.invalid": "该数值无法使用：{reason}。当前显示上一次的有效结果。",
    # nernst explorer
    "nernst_explorer.axis.ratio": "浓度比 [胞外]/[胞内]（对数坐标）",
    "nernst_explorer.axis.e": "平衡电位 E (mV)",
    "nernst_explorer.curve": "{ion}, z = {z}, {t}",
    "nernst_explorer.curve.reference": "z = +1，{t}（参考）",
    "nernst_explorer.curve.cold": "z = {z}, 0 °C",
    "nernst_explorer.readout.e": (
        "[胞外]/[胞内] = {ratio} 时，E<sub>{ion}</sub> = <b>{value}</b>（z = {z}，{t}）"
    ),
    "nernst_explorer.readout.slope": "斜率：[胞外]/[胞内] 每改变 10 倍，电位改变 <b>{slope}</b>",
    "nernst_explorer.explain.reference": (
        "灰色虚线：同一温度下 z = +1 的曲线（浓度比每改变 10 倍，电位改变 {ref}）。"
    ),
    "nernst_explorer.explain.same": "对于此离子，这条虚线被彩色曲线覆盖。",
    "nernst_explorer.explain.divalent": (
        "二价离子只需一半的电压（{slope}）就能平衡同样的浓度比：每个离子携带两倍的电荷。"
    ),
    "nernst_explorer.explain.multivalent": (
        "电荷为 {z} 的离子只需 1/{n} 的电压（{slope}）就能平衡同样的浓度比："
        "每个离子携带 {n} 倍的电荷。"
    ),
    "nernst_explorer.explain.anion": (
        "阴离子的曲线与阳离子的曲线互为镜像：同样的浓度比给出符号相反的电位。"
    ),
    "nernst_explorer.explain.temperature": (
        "浅色曲线：同一离子在 0 °C 时的情形（浓度比每改变 10 倍，电位改变 {cold}）。"
        "温度越高，斜率越大：E 与绝对温度成正比，因此在 {t} 时斜率为 {slope}。"
    ),
    # activity explorer
    "activity.control.law": "公式",
    "activity.law.debye_huckel": "德拜-休克尔极限定律",
    "activity.law.extended_debye_huckel": "扩展德拜-休克尔公式",
    "activity.law.davies": "Davies 方程",
    "activity.control.ionic_strength": "离子强度 I (mM)",
    "activity.control.i_out": "胞外 I (mM)",
    "activity.control.i_in": "胞内 I (mM)",
    "activity.control.salt": "盐",
    "activity.control.salt_concentration": "[盐] (mM)",
    "activity.control.use_salt": "用作 I",
    "activity.salt.NaCl": "NaCl",
    "activity.salt.KCl": "KCl",
    "activity.salt.CaCl2": "CaCl₂",
    "activity.salt.MgCl2": "MgCl₂",
    "activity.salt.MgSO4": "MgSO₄",
    "activity.readout.salt": "{c} {salt} 溶液：I = ½ Σ c<sub>i</sub>z<sub>i</sub>² = <b>{i}</b>",
    "activity.axis.ionic_strength": "离子强度 I（mM，对数坐标）",
    "activity.axis.gamma": "活度系数 γ",
    "activity.curve.valence": "z = {z}",
    "activity.curve.ion": "z = {z} ({ion}, a = {size} Å)",
    "activity.readout.gamma": "I = {i} 时（{law}，{t}）：{values}",
    "activity.readout.gamma_item": "γ(z = {z}) = <b>{gamma}</b>",
    # hear V_m (VmSound)
    "sound.toggle": "♪ 听 Vₘ",
    "sound.hint": "按下此按钮后，Vₘ 每变化一次就响起一个短音：Vₘ 每升高 60 mV，音高升高一个八度。",
    # keyboard help (KeyboardHelp)
    "keyboard.title": "⌨ 键盘操作说明",
    "keyboard.intro": "不用鼠标也能操作每一个控件：",
    "keyboard.tab.keys": "<kbd>Tab</kbd> 键 / <kbd>Shift</kbd>+<kbd>Tab</kbd> 键",
    "keyboard.tab.does": "移到下一个 / 上一个控件。",
    "keyboard.arrows.keys": "滑块上的 <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd>",
    "keyboard.arrows.does": (
        "移动一步：对数滑块（浓度、通透性）每步十分之一个数量级，钳制电位每步 1 mV，"
        "其余滑块每步约为量程的 1%。"
    ),
    "keyboard.page.keys": "<kbd>Page Up</kbd> 键 / <kbd>Page Down</kbd> 键",
    "keyboard.page.does": "一次移动十步。",
    "keyboard.home.keys": "<kbd>Home</kbd> 键 / <kbd>End</kbd> 键",
    "keyboard.home.does": "移到滑块的最小值 / 最大值。",
    "keyboard.button.keys": "按钮上的<kbd>空格键</kbd>或<kbd>回车键</kbd>",
    "keyboard.button.does": "按下按钮（“播放”按钮用来开始或暂停动画）。",
    "keyboard.menu.keys": "下拉菜单中的 <kbd>↑</kbd> <kbd>↓</kbd>",
    "keyboard.menu.does": "选择其他选项。",
    "keyboard.text.keys": "溶液文本框中的<kbd>回车键</kbd>",
    "keyboard.text.does": "应用所输入的文本（<kbd>Shift</kbd>+<kbd>回车键</kbd>：换行）。",
    "keyboard.reader.keys": "使用屏幕阅读器时",
    "keyboard.reader.does": (
        "每幅图都是一张图片，以图的标题和一句说明当前内容的话命名；"
        "内容变化时，读屏软件会朗读新的说明。"
    ),
    "activity.readout.curves": "曲线：{curves}",
    "activity.no_ion_size": "扩展公式未绘制 z = 3 的曲线：离子库中没有列出离子大小的三价离子。",
    "activity.validity.debye_huckel": (
        "极限定律只在几 mM 以下（约 {limit} 以下）才能准确到 1 % 左右；"
        "此处超出该范围的有：{which}，在这些条件下它会夸大 γ 的下降。"
        "请与扩展公式或 Davies 方程比较。"
    ),
    "activity.validity.extended_debye_huckel": (
        "扩展德拜-休克尔公式约在 {limit} 以下适用；此处超出该范围的有：{which}。"
    ),
    "activity.validity.davies": (
        "Davies 方程约在 {limit} 以下适用（对多价离子可靠性较差）；此处超出该范围的有：{which}。"
    ),
    "activity.validity.chosen": "I = {i}",
    "activity.validity.outside": "胞外 I = {i}",
    "activity.validity.inside": "胞内 I = {i}",
    "activity.validity.separator": "、",
    "activity.section.error": (
        "<b>在能斯特方程中用浓度代替活度</b>（{law}，{t}）："
        "误差 ΔE = E<sub>true</sub> − E<sub>approx</sub>"
    ),
    "activity.table.ion": "离子",
    "activity.table.gamma_out": "胞外 γ",
    "activity.table.gamma_in": "胞内 γ",
    "activity.table.delta_e": "ΔE",
    "activity.caption.illustrative": (
        "默认的离子强度（胞外约 150 mM，胞内约 170 mM：胞质较为拥挤）是示意值，并非测量值。"
        "ΔE 只取决于 γ<sub>out</sub>/γ<sub>in</sub>，与浓度无关。"
    ),
    "activity.error.temperature": "德拜-休克尔常数只有水在 0 至 100 °C 之间的数值",
    # capacitor counter
    "capacitor.control.radius": "半径 (µm)",
    "capacitor.control.vm": "Vₘ (mV)",
    "capacitor.control.capacitance": "Cₘ (µF/cm²)",
    "capacitor.control.ion": "离子",
    "capacitor.control.concentration": "胞内 [{ion}] (mM)",
    "capacitor.readout.ions": (
        '<span style="font-size:1.8em"><b>{count}</b></span> 个 {ion} 跨膜移动，使膜充电到 {vm}'
    ),
    "capacitor.readout.no_ions": (
        '<span style="font-size:1.8em"><b>0</b></span> 个离子：在 0 mV 时膜不带电'
    ),
    "capacitor.readout.fraction": (
        '<span style="font-size:1.8em"><b>{fraction}</b></span>：占细胞内 {ion} 总量的比例，'
        "即<b>每 {one_in} 个中有 1 个</b>"
    ),
    "capacitor.readout.fraction_over": (
        '<span style="font-size:1.8em"><b>{times} ×</b></span> 细胞内 {ion} 的总量：'
        "仅靠这一种离子无法使膜充电"
    ),
    "capacitor.readout.detail": (
        "半径为 {radius} 的球形细胞：膜面积 {area}，胞质体积 {volume}，"
        "其中含 {content} 个 {ion}（移动了 {count_sci} 个）。"
    ),
    "capacitor.bar.moved": "移动的离子",
    "capacitor.bar.content": "细胞内的离子",
    "capacitor.axis.count": "离子数（对数坐标）",
    "capacitor.unit.um": "µm",
    "capacitor.unit.um2": "µm²",
    "capacitor.unit.pl": "pL",
    "capacitor.number.million": "{value} 万",
    "capacitor.number.billion": "{value} 亿",
    "capacitor.number.trillion": "{value} 万亿",
    "capacitor.caption": (
        "对数坐标：沿坐标轴每向上一格，离子数增加到 10 倍。"
        "跨膜的离子极少，因此 V<sub>m</sub> 改变时，胞内浓度并没有可测出的变化。"
    ),
    # pump explorer
    "pump.control.ratio": "r (Na⁺ : K⁺)",
    "pump.control.p_ratio": "P(Na⁺)/P(K⁺)",
    "pump.control.block": "阻断钠钾泵（哇巴因）",
    "pump.ratio.fraction": "{na} Na⁺ : {k} K⁺",
    "pump.ratio.decimal": "每个 K⁺ 对应 {r} 个 Na⁺",
    "pump.ratio.atpase": "（即 Na⁺/K⁺-ATP 酶）",
    "pump.ratio.neutral": "（电中性：没有泵电流）",
    "pump.axis.p_ratio": "通透性比 P(Na⁺)/P(K⁺)（对数坐标）",
    "pump.curve.with": "有泵（r = {r}）",
    "pump.curve.without": "无泵（r = 1，GHK）",
    "pump.curve.reversal": "E({ion})",
    "pump.readout.with": "有泵时（r = {r}）的 V<sub>m</sub>：<b>{value}</b>",
    "pump.readout.without": "无泵时（r = 1，GHK）的 V<sub>m</sub>：<b>{value}</b>",
    "pump.readout.contribution": "泵的生电性贡献：<b>{value}</b>",
    "pump.readout.blocked": (
        "泵被阻断：V<sub>m</sub> 立即变为 <b>{value}</b>（相对于原来的 {before}，变化 {change}）"
    ),
    "pump.caption.blocked": (
        "哇巴因只会立即去除泵的生电性项；此后离子梯度会在数分钟至数小时内逐渐衰减，"
        "V<sub>m</sub> 也随之变化。"
    ),
    "pump.caption.model": (
        "取自模型：K⁺ 胞内 {k_in}、胞外 {k_out}；Na⁺ 胞内 {na_in}、胞外 {na_out}；{t}。"
        "Mullins–Noda 方程只计入 K⁺ 和 Na⁺。"
    ),
    # dynamic equilibrium
    "crossings.control.ion": "离子",
    "crossings.control.vm": "膜电位 V (mV)",
    "crossings.control.set_e": "令 V = E",
    "crossings.control.new_run": "重新运行",
    "crossings.control.play": "播放",
    "crossings.control.time": "时间 (ms)",
    "crossings.unit.ms": "ms",
    "crossings.unit.rate": "个/ms",
    "crossings.readout.counters": (
        "自开始以来（t = {t}）：<b>{n_in}</b> 个离子进入，<b>{n_out}</b> 个离子流出，净结果："
        "<b>{net}</b>"
    ),
    "crossings.net.out": "流出 {n} 个",
    "crossings.net.in": "进入 {n} 个",
    "crossings.net.zero": "0",
    "crossings.readout.rates": (
        "V = {vm} 时的平均速率：内流 {influx}，外流 {efflux}<br>"
        "内流 : 外流 = <b>{ratio} : 1</b>（Ussing 通量比；E<sub>{ion}</sub> = {e}）"
    ),
    "crossings.readout.rates_no_efflux": (
        "V = {vm} 时的平均速率：内流 {influx}，外流 {efflux}<br>"
        "内流 : 外流：在此 V 下没有外流（E<sub>{ion}</sub> = {e}）"
    ),
    "crossings.readout.histogram": (
        "{n} 次重复（随机种子 {seed}）中，{t} 后净流出的离子数："
        "平均 <b>{mean}</b> ± {sem}（期望值 {expected}）"
    ),
    "crossings.axis.time": "时间 (ms)",
    "crossings.axis.net": "净流出细胞的离子数（累计）",
    "crossings.axis.net_final": "{t} 后净流出的离子数",
    "crossings.axis.trials": "重复次数",
    "crossings.label.trace": "本次运行",
    "crossings.label.expected": "期望值（平均）",
    "crossings.caption": (
        "每一次跨膜都是随机事件。在 V = E<sub>ion</sub> 时，"
        "离子仍以相等的平均速率双向跨膜（动态平衡）：净计数只在 0 附近随机起伏，"
        "多次重复的直方图以 0 为中心。偏离 E 时，一个方向占优，净计数随之漂移。"
        "真实通道每秒通过约 10⁷ 个离子（每毫秒 10⁴ 个）；"
        "这里的速率常数为每 mM 每 ms {k} 次，已大大放慢，以便逐个计数单次跨膜。"
    ),
    "crossings.error.e_outside": "E<sub>{ion}</sub> = {e} 超出滑块的范围；V 已设为最接近的端点。",
    # entropy of mixing
    "entropy.control.play": "播放",
    "entropy.control.frame": "步数",
    "entropy.control.new_run": "重新运行",
    "entropy.unit.j_per_k": "J/K",
    "entropy.axis.frame": "步数（每个粒子的跳跃次数）",
    "entropy.axis.ln_omega": "S/k = ln Ω",
    "entropy.label.trace": "ln Ω",
    "entropy.label.max": "ln Ω 最大值",
    "entropy.readout.counts": (
        "运行 {seed}，第 {frame} 步：左侧 <b>{n_left}</b> 个粒子，右侧 <b>{n_right}</b> 个"
    ),
    "entropy.readout.omega": (
        "ln Ω = <b>{ln_omega}</b>（Ω ≈ {omega} 种排列方式；ln Ω 最大值 = {ln_max}）<br>"
        "S = k<sub>B</sub> ln Ω = <b>{entropy}</b>"
    ),
    "entropy.omega.power": "10<sup>{exponent}</sup>",
    "entropy.readout.transfer": (
        "再把一个粒子从左侧移到右侧：ΔS/k<sub>B</sub> = <b>{ds}</b>；"
        "对比 ln(c<sub>L</sub>/c<sub>R</sub>) = {ln_ratio}"
    ),
    "entropy.readout.ln_ratio_undefined": "无定义（c<sub>R</sub> = 0：右半边没有粒子）",
    "entropy.readout.free_energy": (
        "每摩尔 ΔG = −TΔS = −T·k<sub>B</sub>·(ΔS/k<sub>B</sub>)·N<sub>A</sub> = <b>{dg}</b>（{t}；"
        "稀溶液中 ≈ RT ln(c<sub>R</sub>/c<sub>L</sub>)）"
    ),
    "entropy.readout.no_transfer": "左侧已没有可以移动的粒子。",
    "entropy.explain": (
        "Ω 是排列方式的数目：在两侧粒子数给定时，把粒子放到格位上的方式数。"
        "粒子越分散，Ω 就越是大得惊人，因此粒子仅凭随机运动就会扩散开来，"
        "S = k<sub>B</sub> ln Ω 随之升向最大值（虚线）。"
        "每移动一个粒子，ΔS/k<sub>B</sub> ≈ ln(c<sub>L</sub>/c<sub>R</sub>)："
        "这正是化学势中的 RT ln c 项。"
    ),
    # pump-leak
    "pump_leak.control.radius": "细胞半径 (µm)",
    "pump_leak.control.duration": "时长 (min)",
    "pump_leak.control.block": "加哇巴因阻断泵的时刻 (min)",
    "pump_leak.control.run": "运行",
    "pump_leak.unit.min": "min",
    "pump_leak.axis.minutes": "时间 (min)",
    "pump_leak.axis.concentration": "胞内浓度 (mM)",
    "pump_leak.label.conc": "胞内 {ion}",
    "pump_leak.label.vm": "Vₘ",
    "pump_leak.label.reversal": "E({ion})",
    "pump_leak.label.block": "哇巴因",
    "pump_leak.readout.half_time": (
        "K⁺ 梯度半衰期：阻断后 <b>{value}</b>（胞内 K⁺ 从 {start} 向最终值 {final} 下降了一半）"
    ),
    "pump_leak.readout.half_time_long": (
        "K⁺ 梯度半衰期：<b>长于运行时长</b>（运行结束时胞内 K⁺ 仍为 {end}，高于中点值 {half}；"
        "最终值为 {final}）"
    ),
    "pump_leak.readout.no_rundown": "胞内 K⁺ 保持在 {start} 附近：这个细胞的 K⁺ 梯度不会衰减。",
    "pump_leak.readout.no_final": (
        "K⁺ 梯度半衰期：无法给出（即使运行很长时间，阻断后的细胞也没有趋于稳定）。"
    ),
    "pump_leak.readout.not_blocked": "运行期间泵没有被阻断：细胞保持在稳态。",
    "pump_leak.readout.jump": (
        "阻断时（t = {t}），V<sub>m</sub> 立即从 {before} 跳到 {after}："
        "泵的生电性贡献（{contribution}）随之消失。其余的去极化随离子梯度的衰减而逐渐发生。"
    ),
    "pump_leak.readout.end": "{t} 时：胞内 Na⁺ {na}，胞内 K⁺ {k}，V<sub>m</sub> = {vm}",
    "pump_leak.stale": "设置已更改：请点击“运行”进行模拟。",
    "pump_leak.caption": (
        "为什么较大的细胞衰减得更慢：离子经细胞膜泄漏，膜面积按 r² 增长；"
        "但离子必须改变胞质的成分，而胞质体积按 r³ 增长。"
        "因此衰减所需的时间按 体积/面积 = r/3 增长（∝ r）：细胞大 10 倍，所需时间也长 10 倍。"
    ),
    "pump_leak.caption.model": (
        "模型：3 Na⁺ : 2 K⁺ 的泵，加上仅有 Na⁺ 和 K⁺ 的 GHK 漏电流（P<sub>K</sub> = {p_k} cm/s，"
        "P<sub>Na</sub>/P<sub>K</sub> = {p_ratio}）；浓度取自模型（{t}）；泵从稳态开始运行。"
    ),
    # junction potential calculator
    "ljp.side.pipette": "电极内液",
    "ljp.side.bath": "浴液",
    "ljp.title.pipette": "<b>电极内液</b>（微电极充灌液）",
    "ljp.title.bath": "<b>浴液</b>",
    "ljp.control.preset": "预设",
    "ljp.control.method": "方法",
    "ljp.control.measured_vm": "实测 Vₘ (mV)",
    "ljp.method.henderson": "亨德森",
    "ljp.method.nernst_planck": "能斯特-普朗克",
    "ljp.preset.custom": "（已编辑）",
    "ljp.preset.pipette.k_gluconate": "葡萄糖酸钾内液",
    "ljp.preset.pipette.k_gluconate_axobits": "葡萄糖酸钾内液（AxoBits）",
    "ljp.preset.pipette.k_methanesulfonate": "甲磺酸钾内液",
    "ljp.preset.pipette.cs_gluconate": "葡萄糖酸铯内液",
    "ljp.preset.pipette.cs_methanesulfonate": "甲磺酸铯内液",
    "ljp.preset.pipette.kcl": "KCl 内液（高 Cl⁻）",
    "ljp.preset.bath.acsf": "ACSF（人工脑脊液）",
    "ljp.preset.bath.ringer_frog": "任氏液（蛙）",
    "ljp.preset.bath.saline_150": "生理盐水（150 mM NaCl）",
    "ljp.preset.bath.hepes_saline_axobits": "HEPES 缓冲盐溶液（AxoBits）",
    "ljp.source.pipette.k_gluconate": (
        "Walz (ed.) (2007), <i>Patch-Clamp Analysis</i>, 2nd ed., p. 191，"
        "按 LJPcalc 的 PatchKGlu 组录入：110 葡萄糖酸钾、20 KCl、"
        "10 HEPES（其中 5 以 HEPES⁻ 形式计入）、1 EGTA、2 MgCl₂、2 Na₂ATP。"
        "LJPcalc：25 °C 下相对于 ACSF 为 +13.47 mV。EGTA 和 ATP 按完全带电录入，"
        "留下 −2 mM 的净电荷，与 LJPcalc 相同。"
    ),
    "ljp.source.pipette.k_gluconate_axobits": (
        "AxoBits 39, p. 8 中的 JPCalc 示例（Figl et al.；LJPcalc 的 AxoBitsArticle 组）。"
        "20 °C 下相对于 HEPES 缓冲盐溶液（AxoBits）：JPCalc（亨德森）+15.6 mV，"
        "LJPcalc（能斯特-普朗克）+16.05 mV。"
    ),
    "ljp.source.pipette.k_methanesulfonate": (
        "LJPcalc 的 PatchKMeSO 组：把葡萄糖酸钾内液中的葡萄糖酸根换成甲磺酸根。"
        "LJPcalc：25 °C 下相对于 ACSF 为 +8.59 mV。"
    ),
    "ljp.source.pipette.cs_gluconate": (
        "LJPcalc 的 PatchCsGlu 组：把葡萄糖酸钾内液中的 K⁺ 换成 Cs⁺。"
        "LJPcalc：25 °C 下相对于 ACSF 为 +14.01 mV。"
    ),
    "ljp.source.pipette.cs_methanesulfonate": (
        "把甲磺酸钾内液（LJPcalc 的 PatchKMeSO）中的 K⁺ 换成 Cs⁺，"
        "即 LJPcalc 的 PatchCsGlu 所做的替换；不属于 LJPcalc 公布的组。"
    ),
    "ljp.source.pipette.kcl": (
        "把葡萄糖酸钾内液中全部 110 mM 葡萄糖酸钾换成 KCl（LJPcalc 的 PatchHighCl 以同样方式替换了 "
        "30 mM）；不属于 LJPcalc 公布的组。"
    ),
    "ljp.source.bath.acsf": (
        "LJPcalc 的 PatchKGlu 组中 Walz (ed.) (2007) 的 ACSF：126 NaCl、3 KCl、1.2 NaH₂PO₄、"
        "25 NaHCO₃、2.4 CaCl₂、1.5 MgSO₄（葡萄糖不带电，未计入）。"
    ),
    "ljp.source.bath.ringer_frog": (
        "MBL Biological Bulletin Compendium, Table 7A 中的两栖类任氏液 Am1（Ringer）：116 NaCl、"
        "1.2 KCl、1.0 CaCl₂、2.7 NaHCO₃。"
    ),
    "ljp.source.bath.saline_150": "150 mM NaCl（0.9 % 生理盐水为 154 mM）。",
    "ljp.source.bath.hepes_saline_axobits": (
        "AxoBits 39 中 JPCalc 示例所用的浴液（LJPcalc 的 AxoBitsArticle 组）；"
        "请在 20 °C 下与葡萄糖酸钾内液（AxoBits）配合使用。"
    ),
    "ljp.placeholder": "K, 145\ngluconate, 145\nCl, 10",
    "ljp.hint.format": (
        "<small>每行写一种离子：离子名称及其浓度（mM），"
        "例如 <code>K, 145</code>（或 <code>K 145</code>、<code>K: 145</code>）；"
        "<code>#</code> 之后为注释。某一侧没有列出的离子，在该侧按 0 mM 计。"
        "在文本框外点击后，文本才会被读取。</small>"
    ),
    "ljp.readout.main": '<span style="font-size:1.8em">液接电位（{method}）：<b>{value}</b></span>',
    "ljp.readout.other": (
        "（{other}：{other_value}；差值 {method} − {other} = {difference}；温度 {t}）"
    ),
    "ljp.readout.other_failed": "（{other}法无法计算这组溶液；温度 {t}）",
    "ljp.readout.positive": (
        "浴液的电位比电极内液高 {value}，因此真实 V<sub>m</sub> 比读数更负，相差 {value}。"
    ),
    "ljp.readout.negative": (
        "浴液的电位比电极内液低 {value}，因此真实 V<sub>m</sub> 比读数更正，相差 {value}。"
    ),
    "ljp.readout.zero": "没有液接电位：读数无需校正。",
    "ljp.readout.stale": (
        '<span style="color:#B00020"><b>上一次的有效结果</b></span>（输入有误，见下方；'
        "改正后即可更新）："
    ),
    "ljp.readout.none": "尚无有效结果：请修改上方的溶液。",
    "ljp.notice": '<span style="color:#8A5A00">ℹ 提示（液接电位照常计算）：<br>{notes}</span>',
    "ljp.notice.charged": "{side}不满足电中性：净电荷为 {net}",
    "ljp.notice.balanced": (
        "能斯特-普朗克法：按 LJPcalc 的做法调整 {ion}（浴液中浓度最高的离子），使两侧都满足"
        "电中性：电极内液中设为 {pipette}，浴液中设为 {bath}"
    ),
    "ljp.notice.method_failed": (
        "{method}法无法计算这组溶液（{reason}），因此保留并显示{other}法的结果"
    ),
    "ljp.notice.fallback": (
        "能斯特-普朗克法：只调整 {ion}（LJPcalc 会调整的离子）无法在不出现负浓度或空溶液的"
        "前提下使两侧都满足电中性，因此改用亨德森法的结果"
    ),
    "ljp.error.keep": "{errors}<br>当前显示上一次的有效结果。",
    "ljp.error.unknown_ion": "{side}第 {line} 行：“{ion}”不是已知离子；已知离子：{known}",
    "ljp.error.negative": "{side}第 {line} 行：“{value}”不是 ≥ 0 mM 的浓度",
    "ljp.error.not_finite_number": "{side}第 {line} 行：{ion} 的浓度必须是 ≥ 0 mM 的有限数",
    "ljp.error.not_number": "{side}第 {line} 行：“{value}”不是数字（应为以 mM 为单位的浓度）",
    "ljp.error.missing_number": "{side}第 {line} 行：“{text}”缺少浓度；请写成例如“{ion}, 10”",
    "ljp.error.unreadable": (
        "{side}第 {line} 行：无法读取“{text}”；请每行写一种离子及其浓度（mM），例如“K, 145”"
    ),
    "ljp.error.duplicate": (
        "{side}第 {line} 行：{ion} 重复列出（首次出现在第 {first} 行）；"
        "每种溶液中的每种离子只能列一次"
    ),
    "ljp.error.empty": "{side}：没有列出离子；请每行写一种，例如“K, 145”",
    "ljp.error.physics": "无法计算液接电位：{reason}",
    "ljp.error.not_finite": "这些浓度过大，无法得到有限的液接电位",
    "ljp.converter.result": (
        "真实 V<sub>m</sub> = V<sub>measured</sub> − LJP = {measured} − ({ljp}) = <b>{true}</b>"
    ),
    "ljp.converter.stale": "（使用上一次的有效液接电位）",
    "ljp.converter.none": "真实 V<sub>m</sub>：需要有效的液接电位",
    "ljp.converter.bad_input": "真实 V<sub>m</sub>：请输入实测 V<sub>m</sub>（mV）",
    "ljp.caption.convention": (
        "<small>符号约定：液接电位（LJP）是浴液相对于电极内液的电位，与 JPCalc/LJPcalc 的约定相同。"
        "放大器在电极浸入浴液时调零，因此液接电位隐含在此后的每一次读数中："
        "V<sub>true</sub> = V<sub>measured</sub> − LJP。"
        "亨德森法假设两种溶液在接界处线性混合（JPCalc）；"
        "能斯特-普朗克法求解稳态电扩散方程（LJPcalc）。迁移率采用 25 °C 的数值；温度只改变 RT/F。"
        "</small>"
    ),
    # weight bars driven from outside (GHKWeightBars(show_sliders=False))
    "caption.weight_bars.no_sliders": (
        "柱：各离子的投票权重（GHK 方程中的权重）。线：各 E<sub>i</sub> 与 V<sub>m</sub>。"
    ),
    # action potential player
    "ap_player.control.amplitude": "刺激强度 (µA/cm²)",
    "ap_player.control.pulse": "脉冲时长 (ms)",
    "ap_player.control.temperature": "温度 (°C)",
    "ap_player.control.play": "播放",
    "ap_player.control.frame": "时间",
    "ap_player.unit.ms": "ms",
    "ap_player.unit.conductance": "mS/cm²",
    "ap_player.axis.time": "时间 (ms)",
    "ap_player.axis.voltage": "膜电位 (mV)",
    "ap_player.label.vm": "Vₘ",
    "ap_player.label.vm_ghk": "V (GHK)",
    "ap_player.label.reversal": "E({ion})",
    "ap_player.readout.time": (
        "t = <b>{t}</b><br>V<sub>m</sub> = <b>{vm}</b><br>"
        "投票权重将膜电位拉向 V<sub>GHK</sub> = {vm_ghk}"
    ),
    "ap_player.readout.ratio": (
        "P<sub>Na</sub> : P<sub>K</sub> = <b>{ratio} : 1</b><br>"
        "<b>{winner}</b>（投票权重：K⁺ {w_k}，Na⁺ {w_na}）"
    ),
    "ap_player.readout.dominates": "{ion} 占主导",
    "ap_player.readout.conductance": (
        "电压门控通道：<br>g<sub>Na</sub> = <b>{g_na}</b>，g<sub>K</sub> = <b>{g_k}</b>"
    ),
    "ap_player.readout.spike": (
        "本次运行：产生了动作电位，V<sub>m</sub> 在 t = {t} 时达到峰值 <b>{peak}</b>。"
    ),
    "ap_player.readout.no_spike": (
        "本次运行：<b>没有产生动作电位</b>（V<sub>m</sub> 最高只到 {peak}）：在这些设置下，"
        "刺激低于阈值。"
    ),
    "ap_player.caption": (
        "<b>动作电位：投票权重的转移。</b>左图：Hodgkin–Huxley 模型的枪乌贼轴突膜片在 t = 1 ms "
        "受到电流脉冲刺激后的 V<sub>m</sub>（黑色）；它在 E<sub>K</sub> = {e_k} 与 E<sub>Na</sub> "
        "= {e_na}（彩色线）之间变化。灰色虚线：V<sub>GHK</sub>，"
        "即用该时刻的投票权重对 E<sub>K</sub> 和 E<sub>Na</sub> 求得的加权平均，"
        "也就是膜电位被拉向的位置；膜电容充电需要时间，所以 V<sub>m</sub> 略有滞后地跟随它。"
        "下图：光标处的投票权重（图中灰线标出 V<sub>GHK</sub>，柱下方的读数把它写成加权平均）。"
        "静息时 K⁺ 握有大部分投票权重，V<sub>m</sub> 位于 E<sub>K</sub> 附近；"
        "动作电位期间 Na⁺ 通道开放，投票权重转向 Na⁺，V<sub>m</sub> 趋向 E<sub>Na</sub>；"
        "随后 Na⁺ 通道关闭，更多 K⁺ 通道开放，投票权重又转回 K⁺。"
        "变化的只有通透性，浓度保持不变（胞内 K⁺ {k_in}，Na⁺ {na_in}）。"
        "各时刻的通透性由模型在该时刻的电导换算而来。模型中的小漏电流（反转电位 {e_leak}）"
        "既不是纯 K⁺ 电流，也不是纯 Na⁺ 电流：按能给出其反转电位的比例，"
        "把它拆分为 K⁺ 部分和 Na⁺ 部分，各部分分别计入相应的离子。"
        "温度越高，门控越快（Q<sub>10</sub> = 3）：动作电位更短暂；"
        "温度足够高时，Na⁺ 通道会在动作电位形成之前就关闭。"
    ),
    "ap_player.error.physics": "在这些设置下无法运行模拟：{reason}。当前显示上一次的有效运行结果。",
    # answer check
    "answer_check.check": "检查",
    "answer_check.show_answer": "显示答案",
    "answer_check.correct": "✓ 正确",
    "answer_check.wrong": "✗ 还不对——{advice}",
    "answer_check.try_again": "再试一次。",
    "answer_check.hint": "提示：{hint}",
    "answer_check.advice.sign": "请检查正负号。",
    "answer_check.advice.units": "请检查单位：你的数值相差 {factor} 倍。",
    "answer_check.attempts": "尝试次数：{n}",
    "answer_check.enter_number": "请输入一个数。",
    "answer_check.enter_number_unit": "请输入一个数（单位：{unit}）。",
    "answer_check.choose": "请先选择一个答案。",
    "answer_check.enter_first": (
        "请先在框中输入你的答案。（如果你的答案就是 0，请再点一次“检查”。）"
    ),
    "answer_check.tolerance.relative": "允许误差 ±{percent} %",
    "answer_check.tolerance.absolute": "允许误差 ±{value}",
    "answer_check.answer": "答案：<b>{answer}</b>",
    "answer_check.error.answer": "无法计算标准答案（{reason}）；请告知任课教师。",
    # prediction
    "prediction.label": "预测：",
    "prediction.commit": "提交我的预测",
    "prediction.placeholder": "输入数值",
    "prediction.choose": "请先选择一个选项。",
    "prediction.enter_number": "请先输入一个数值。",
    "prediction.yours": "你的预测：<b>{prediction}</b>",
    "prediction.right": "✓ 预测正确。",
    "prediction.wrong": "✗ 不对：答案是 <b>{answer}</b>。",
    # Donnan equilibrium and the charging membrane
    "donnan.control.kcl": "胞外 KCl (mM)",
    "donnan.control.impermeant": "胞内不通透阴离子 (mM)",
    "donnan.control.valence": "其平均电荷",
    "donnan.label.impermeant": "A（不通透）",
    "donnan.readout.main": (
        "唐南电位 V<sub>m</sub> = <b>{vm}</b>（唐南比 r = {ratio}）<br>"
        "胞内：K⁺ {k_in}，Cl⁻ {cl_in}。[K⁺]<sub>i</sub>[Cl⁻]<sub>i</sub> = {product_in} "
        "= [K⁺]<sub>o</sub>[Cl⁻]<sub>o</sub> = {product_out} mM²"
    ),
    "donnan.readout.swells": (
        "胞内溶质 {inside}，胞外 {outside}：<b>胞内多出 {excess}</b>。水会流入细胞，细胞随之"
        "肿胀，除非有泵把 Na⁺ 排出细胞。"
    ),
    "donnan.readout.balanced": "胞内溶质 {inside}，胞外 {outside}：两侧平衡，没有唐南效应。",
    "donnan.caption": (
        "<small>没有泵：K⁺ 和 Cl⁻ 可以自由跨膜，阴离子 A 不能。每种可通透的离子最终都处于"
        "自己的平衡电位，因此它们共用同一个电位，而胞内保持电中性。被困在胞内的阴离子把额外的 "
        "K⁺ 留在胞内：这是真正的平衡，却带来渗透压的失衡。</small>"
    ),
    "charging.control.conductance": "K⁺ 电导 g (mS/cm²)",
    "charging.control.capacitance": "C<sub>m</sub> (µF/cm²)",
    "charging.control.radius": "细胞半径 (µm)",
    "charging.control.play": "播放",
    "charging.control.time": "时间",
    "charging.label.vm": "Vₘ",
    "charging.label.e_k": "E(K⁺)",
    "charging.label.tau": "τ",
    "charging.axis.time": "时间 (ms)",
    "charging.axis.ions": "已跨膜的 K⁺ 离子数",
    "charging.readout": (
        "t = <b>{t} ms</b>：V<sub>m</sub> = <b>{vm}</b>，正从 0 mV 趋向 "
        "E<sub>K</sub> = {e_k}；τ = C<sub>m</sub>/g = <b>{tau} ms</b><br>"
        "到此刻已跨膜的 K⁺：<b>{ions}</b> 个（最终数目的 {percent} %），"
        "占细胞内 K⁺ 的 {fraction}"
    ),
    "charging.caption": (
        "<small>膜起初不带电（0 mV），只有 K⁺ 能够跨膜。每个离开细胞的 K⁺ 都在电容器上放下"
        "一个电荷；由此建立的电压又把 K⁺ 往回拉，所以 V<sub>m</sub> 越接近 E<sub>K</sub>，"
        "净流动越慢：这是时间常数为 τ = C<sub>m</sub>/g 的指数过程。经过一个 τ，走完全程的 "
        "63 %；经过五个 τ，走完 99 % 以上。</small>"
    ),
    # simulator app
    "simulator.intro": (
        "设置 K⁺、Na⁺、Cl⁻ 和 Ca²⁺ 的胞内、胞外浓度，以及通透性和温度，"
        "也可以从一种实测细胞类型开始。页面显示各离子的能斯特（平衡）电位、"
        "由 Goldman–Hodgkin–Katz（GHK）方程得到的膜电位 V<sub>m</sub>、"
        "各离子的驱动力 V<sub>m</sub> − E 及其移动方向、"
        "各离子在 V<sub>m</sub> 中所占的份额（投票权重），以及 GHK 电流-电压曲线。"
        "勾选驱动力仪表旁的 <b>钳制 V<sub>m</sub></b>，可以手动设定膜电位。"
        "第二个标签页把 Hodgkin–Huxley 动作电位按时间回放，展示投票权重在 K⁺ 与 Na⁺ 之间的转移。"
    ),
    "simulator.control.language": "语言",
    "simulator.control.preset": "细胞类型",
    "simulator.preset_set": "{title}：{name}",
    "simulator.note.measured": "实测 V<sub>m</sub>：{value}。{note}",
    "simulator.note.missing": "此预设中没有以下离子，它们保持初始值：{ions}。",
    "simulator.list_separator": "、",
    "simulator.readout.clamped": "V<sub>m</sub> = <b>{vm}</b>（已钳制；GHK 方程给出 {ghk}）",
    "simulator.readout.ghk": "V<sub>m</sub>（由 GHK 方程计算）= <b>{vm}</b>",
    "simulator.table.name": "膜两侧的各种离子",
    "simulator.table.ion": "离子",
    "simulator.table.inside": "胞内",
    "simulator.table.outside": "胞外",
    "simulator.table.permeability": "P（相对于 K⁺）",
    "simulator.table.nernst": "E（能斯特）",
    "simulator.table.driving_force": "驱动力 V<sub>m</sub> − E",
    "simulator.table.moves": "离子移动方向",
    "simulator.table.vote": "GHK 投票权重",
    "simulator.tab.rest": "静息电位",
    "simulator.tab.action": "动作电位",
    # cell presets (EN generates these keys from physics; literal here)
    "preset.mammalian_neuron.title": "哺乳动物神经元（37 °C）",
    "preset.mammalian_neuron.notes": "所有交互组件的默认预设。",
    "preset.mammalian_neuron.set.spike peak": "动作电位峰值",
    "preset.squid_axon.title": "枪乌贼巨轴突（Hodgkin & Katz 1949）",
    "preset.squid_axon.notes": "经典的 GHK 示例：在动作电位峰值处，投票权重从 K⁺ 转向 Na⁺。",
    "preset.squid_axon.set.spike peak": "动作电位峰值",
    "preset.frog_muscle.title": "蛙骨骼肌",
    "preset.frog_muscle.notes": "一种静息时 Cl⁻ 通透性最大的细胞。",
    "preset.cochlear_hair_cell.title": "耳蜗外毛细胞顶膜（膜外为内淋巴）",
    "preset.cochlear_hair_cell.notes": (
        "此预设的胞外腔室是电位为 +80 mV 的内淋巴。"
        "细胞相对于外淋巴约为 -70 mV，因此其顶膜两侧的电位差约为 -70 - 80 = -150 mV（measured_vm，"
        "胞内减内淋巴），而顶膜上的 E_K 接近 0 mV：这为换能提供了驱使 K⁺ 内流的巨大驱动力。"
        "顶膜电位由基底侧膜和耳蜗内电位决定，而不是由顶膜的 GHK 方程决定：使用此预设时，"
        "请把 V_m 钳制为 measured_vm。"
    ),
    "preset.plant_root_cell.title": "豌豆根细胞（质膜）",
    "preset.plant_root_cell.notes": (
        "K⁺ 接近平衡（E_K ≈ V_m），而 Na⁺ 远低于、Cl⁻ 远高于各自的平衡水平：Na⁺ 被主动泵出，"
        "Cl⁻ 被主动摄入。膜电位本身由质膜 H⁺-ATP 酶驱动，被动的 GHK 离子组合无法描述它："
        "这正是植物一课的要点。"
    ),
    # chart titles and descriptions
    "chart.concentrations.title": "{ion} 的胞内与胞外浓度",
    "chart.concentrations.more_inside": (
        "{ion} 的胞内浓度（{c_in}）是胞外浓度（{c_out}）的 {factor} 倍。"
    ),
    "chart.concentrations.more_outside": (
        "{ion} 的胞外浓度（{c_out}）是胞内浓度（{c_in}）的 {factor} 倍。"
    ),
    "chart.concentrations.equal": "{ion} 的胞内浓度与胞外浓度相同（{c_in}）。",
    "chart.votes.title": "GHK 投票权重",
    "chart.potentials.title": "各能斯特电位之间的 Vₘ",
    "chart.votes.between": (
        "{ion} 的投票权重最大（{weight}）；{name} = {vm}，位于 {low} 与 {high} 之间。"
    ),
    "chart.votes.at": "{ion} 的投票权重最大（{weight}）；{name} = {vm}，恰好等于 {e}。",
    "chart.votes.clamped": "Vₘ 被钳制在 {value}（虚线）。",
    "chart.gauge.title": "{ion} 的驱动力",
    "chart.gauge.arrow": "驱动力 Vₘ − E",
    "chart.gauge.at_equilibrium": "处于平衡",
    "chart.gauge.description": (
        "箭头表示驱动力 Vₘ − E({ion}) = {df}，由 E({ion}) = {e} 指向 Vₘ = {vm}；"
        "它不是离子移动的路径：{ion} 离子{ions}移动。"
    ),
    "chart.gauge.equilibrium": (
        "Vₘ = {vm} 与 E({ion}) = {e} 相差不到 1 mV：{ion} 处于平衡（不画箭头）。"
    ),
    "readout.flow_near": (
        "V<sub>m</sub> 与 E<sub>{ion}</sub> 相差不到 1 mV：{ion} 处于平衡，几乎没有净移动。"
    ),
    "chart.iv.title": "GHK 电流–电压曲线",
    "chart.iv.description": (
        "净电流在 Vₘ = {vm} 处为零；此时外向电流最大的是 {outward}，内向电流最大的是 {inward}。"
    ),
    "chart.iv.no_current": "净电流在 Vₘ = {vm} 处为零，此时没有离子携带电流。",
    "chart.iv.clamp": "在钳制电位 Vₘ = {v} 处，净电流为 {i}。",
    "chart.nernst.title": "能斯特电位与胞外/胞内浓度比",
    "chart.nernst.rises": (
        "胞外/胞内浓度比为 {ratio} 时，E({ion}) = {e}；浓度比每增大十倍，曲线上升 {slope}。"
    ),
    "chart.nernst.falls": (
        "胞外/胞内浓度比为 {ratio} 时，E({ion}) = {e}；浓度比每增大十倍，曲线下降 {slope}。"
    ),
    "chart.pump.title": "有泵与无泵时的 Vₘ",
    "chart.pump.description": (
        "P(Na⁺)/P(K⁺) = {x} 时，泵使 Vₘ 改变 {contribution}："
        "Vₘ 为 {with_pump}，无泵时为 {without}。"
    ),
    "chart.pump.blocked": "泵已被阻断：Vₘ = {without}（有泵时为 {with_pump}）。",
    "chart.activity.title": "活度系数 γ 与离子强度",
    "chart.activity.description": "离子强度 I = {i} 时：{values}。{law}：大约在 {limit} 以下可靠。",
    "chart.capacitor.title": "跨膜的离子与细胞内的离子",
    "chart.capacitor.description": "为使膜充电，{count}个 {ion} 跨膜，而细胞内共有 {content}个。",
    "chart.capacitor.none": "在 0 mV 时没有离子跨膜；细胞内共有 {content}个 {ion}。",
    "chart.donnan.title": "唐南平衡时的浓度",
    "chart.donnan.description": (
        "胞内 K⁺ 升至 {k_in}，Cl⁻ 降至 {cl_in}（胞外两者均为 {kcl}）；唐南电位为 {vm}。"
    ),
    "chart.donnan.none": "没有不可透过的阴离子时，膜两侧 K⁺ 与 Cl⁻ 均为 {kcl}，电位为 {vm}。",
    "chart.crossings.trace.title": "本次模拟中净流出的离子数",
    "chart.crossings.histogram.title": "{t} 后的净流出离子数（{n} 次模拟）",
    "chart.crossings.description": (
        "V = {vm}，E({ion}) = {e}：本次模拟结束时净{net}；"
        "{n} 次模拟的平均值为 {mean}（期望值 {expected}）。"
    ),
    "chart.entropy.lattice.title": "格点上的粒子",
    "chart.entropy.trace.title": "熵：ln Ω 随步数的变化",
    "chart.entropy.description": (
        "第 {frame} 步：左侧 {n_left} 个粒子，右侧 {n_right} 个；ln Ω = {ln_omega}，"
        "为其最大值的 {percent} %。"
    ),
    "chart.charging.vm.title": "Vₘ 向 E(K⁺) 充电",
    "chart.charging.ions.title": "已跨膜的 K⁺ 数目",
    "chart.charging.description": (
        "t = {t} ms 时，Vₘ = {vm}，已走完到 E(K⁺) = {e_k} 的 {percent} %；"
        "已有 {ions} 个 K⁺ 跨膜（τ = {tau} ms）。"
    ),
    "chart.ap.title": "Vₘ 与 GHK 电位随时间的变化",
    "chart.ap.description": (
        "t = {t} 时，Vₘ = {vm}，GHK 电位为 {vm_ghk}；{ion} 占投票权重的大部分。"
    ),
    "chart.pump_leak.concentrations.title": "细胞内的 Na⁺ 与 K⁺",
    "chart.pump_leak.potentials.title": "Vₘ、E(K⁺) 与 E(Na⁺)",
    "chart.pump_leak.description": (
        "在 {t} 内，胞内 K⁺ 从 {k0} 变为 {k1}，Na⁺ 从 {na0} 变为 {na1}；Vₘ 从 {vm0} 变为 {vm1}。"
    ),
}
