//! Turns the phrases found in a message into signals and a score.
//!
//! The model is a hand-weighted log-odds sum (weights live in the
//! vocabulary), with a few structural rules that generalise beyond listed
//! phrases: a negator or failure word next to an action word forms a pair
//! ("contacts are not syncing", "failed to connect"); a negator right before
//! a resolution flips it ("not fixed"), and so does a stop word marked
//! `negates_resolution` ("stopped working again") or a failure word before
//! a resolution marked `negated_by_failure` ("the issue is back"); a
//! negator right before a near miss cancels it ("it's not my internet");
//! and a resolution only counts fully if it comes after the last symptom
//! (the message's final state wins).

use super::lexicon::Hit;
use super::secrets::Found;
use super::vocabulary::{GroupKind, Scoring, Vocabulary};
use super::{Band, Detection, Integration, SecretKind, Signal, SignalName};

#[derive(Debug, Clone)]
struct GroupInfo {
    name: String,
    signal: SignalName,
    kind: GroupKind,
    weight: f32,
    context: f32,
    pair_factor: f32,
    credential: bool,
    negates_resolution: bool,
    negated_by_failure: bool,
    integration: Option<Integration>,
}

/// Scoring tables derived from the vocabulary.
#[derive(Debug, Clone)]
pub struct Scorer {
    groups: Vec<GroupInfo>,
    /// The names of the pairs the structural rules can form, built once:
    /// `pair_names[a * groups + b]` for groups `a` and `b` (`None` for
    /// pairs of kinds that never pair).
    pair_names: Vec<Option<SignalName>>,
    /// `secret:<kind>` per [`SecretKind`], in [`SECRET_KINDS`] order.
    secret_names: Vec<SignalName>,
    s: Scoring,
}

/// Every secret kind, for the table of their signal names.
const SECRET_KINDS: [SecretKind; 6] = [
    SecretKind::ActivecampaignKey,
    SecretKind::ApiTokenHeader,
    SecretKind::ApiKeyParam,
    SecretKind::BearerToken,
    SecretKind::StripeKey,
    SecretKind::GenericToken,
];

/// The signal prefix of the pairs that a group of this kind starts
/// ([`Scorer::pairs`]); `None` for kinds that start none.
fn pair_prefix(kind: GroupKind) -> Option<&'static str> {
    match kind {
        GroupKind::Negator | GroupKind::Failure => Some("pair"),
        GroupKind::Rotation => Some("rotation"),
        _ => None,
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Words between two spans if they are in the same sentence, else `None`.
fn words_between(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    if to < from {
        return None;
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in &bytes[from..to] {
        match b {
            b'.' | b'!' | b'?' | b'\n' | b';' => return None,
            _ if b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\'' => {
                if !in_word {
                    words += 1;
                    in_word = true;
                }
            }
            _ => in_word = false,
        }
    }
    Some(words)
}

impl Scorer {
    pub fn new(vocab: Vocabulary) -> Self {
        let groups = vocab
            .groups
            .iter()
            .map(|g| GroupInfo {
                name: g.name.clone(),
                signal: format!("{}:{}", g.kind.prefix(), g.name).into(),
                kind: g.kind,
                weight: g.weight,
                context: g.context,
                pair_factor: g.pair_factor,
                credential: g.credential,
                negates_resolution: g.negates_resolution,
                negated_by_failure: g.negated_by_failure,
                integration: g.integration,
            })
            .collect::<Vec<_>>();
        let n = groups.len();
        let mut pair_names = vec![None; n * n];
        for (a, ga) in groups.iter().enumerate() {
            for (b, gb) in groups.iter().enumerate() {
                if let Some(prefix) = pair_prefix(ga.kind) {
                    pair_names[a * n + b] =
                        Some(format!("{prefix}:{}+{}", ga.name, gb.name).into());
                }
            }
        }
        let secret_names = SECRET_KINDS
            .iter()
            .map(|k| format!("secret:{}", k.as_str()).into())
            .collect();
        Self {
            groups,
            pair_names,
            secret_names,
            s: vocab.scoring,
        }
    }

    /// The name of the pair of groups `a` and `b`: from the table, which
    /// holds every pair the structural rules form.
    fn pair_name(&self, a: usize, b: usize) -> SignalName {
        let n = self.groups.len();
        match &self.pair_names[a * n + b] {
            Some(name) => name.clone(),
            None => {
                let (ga, gb) = (&self.groups[a], &self.groups[b]);
                let prefix = pair_prefix(ga.kind).unwrap_or("pair");
                format!("{prefix}:{}+{}", ga.name, gb.name).into()
            }
        }
    }

    fn secret_name(&self, kind: SecretKind) -> SignalName {
        let i = SECRET_KINDS
            .iter()
            .position(|&k| k == kind)
            .expect("SECRET_KINDS lists every kind");
        self.secret_names[i].clone()
    }

    fn band(&self, score: f32) -> Band {
        if score >= self.s.act {
            Band::Act
        } else if score >= self.s.ask {
            Band::Ask
        } else {
            Band::Ignore
        }
    }

    /// The answer for a message in which nothing fired.
    pub fn quiet(&self) -> Detection {
        let score = sigmoid(self.s.bias);
        Detection {
            complaint: score >= self.s.complaint,
            score,
            band: self.band(score),
            signals: Vec::new(),
            integration: Integration::Unknown,
            rotation_request: false,
            secrets: Vec::new(),
            exposure_mentioned: false,
            locale: crate::domain::Locale::En,
        }
    }

    fn kind(&self, h: &Hit) -> GroupKind {
        self.groups[h.group].kind
    }

    /// Scores one message in phases: structural pairs, stand-alone hits,
    /// pasted secrets, then the log-odds sum and the verdict.
    pub fn score(&self, text: &str, hits: &[Hit], found: Vec<Found>) -> Detection {
        let mut t = Tally::new(hits.len(), found.len());
        self.pairs(text.as_bytes(), hits, &mut t);
        self.singles(hits, &mut t);
        self.secrets(&found, &mut t);
        let named_product = !t.integ.is_empty();
        let integration = t.integration();
        let z = self.logit(&mut t, named_product);
        let score = sigmoid(z).clamp(0.0, 1.0);
        let complaint = score >= self.s.complaint;
        let mut signals = std::mem::take(&mut t.signals);
        let rotation = t.rotation;
        t.recycle();
        signals.sort_by(|a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)));
        Detection {
            complaint,
            score,
            band: self.band(score),
            signals,
            integration,
            rotation_request: rotation && !complaint,
            secrets: found.into_iter().map(|f| f.span).collect(),
            exposure_mentioned: false,
            locale: crate::domain::Locale::En,
        }
    }

    /// Phase 1, the structural rules: a negator before an action, a failure
    /// next to an action, a rotation verb next to a credential word. Hits
    /// they consume are marked `used`.
    fn pairs(&self, bytes: &[u8], hits: &[Hit], t: &mut Tally) {
        let window = self.s.pair_window;
        let n = hits.len();
        let near = |i: usize, j: usize, max: usize| -> bool {
            let (a, b) = if i < j {
                (&hits[i], &hits[j])
            } else {
                (&hits[j], &hits[i])
            };
            matches!(words_between(bytes, a.end, b.start), Some(w) if w <= max)
        };
        let pair = |signals: &mut Vec<Signal>, a: usize, b: usize, name: SignalName| {
            let (x, y) = (&hits[a], &hits[b]);
            signals.push(Signal {
                name,
                start: x.start.min(y.start),
                end: x.end.max(y.end),
            });
        };
        // The resolution at `j`, negated by the hit at `i` ("not fixed",
        // "stopped working again"): a symptom, and the resolution spent.
        let negate = |t: &mut Tally, i: usize, j: usize| {
            t.symptoms
                .push((self.s.negated_resolution_weight, hits[i].start));
            pair(
                &mut t.signals,
                i,
                j,
                self.pair_name(hits[i].group, hits[j].group),
            );
            t.used[j] = true;
        };

        for i in 0..n {
            let gi = &self.groups[hits[i].group];
            match gi.kind {
                GroupKind::Negator => {
                    // The first action, resolution or near miss after the negator.
                    for j in i + 1..n {
                        if !near(i, j, window) {
                            break;
                        }
                        let gj = &self.groups[hits[j].group];
                        match gj.kind {
                            GroupKind::Action => {
                                // "sync not working": the negated verb is
                                // generic, the subject before it says what broke.
                                let subject = (0..i)
                                    .rev()
                                    .take_while(|&k| near(k, i, window))
                                    .find(|&k| self.kind(&hits[k]) == GroupKind::Action)
                                    .filter(|&k| self.groups[hits[k].group].weight > gj.weight);
                                let gj_index = subject.map_or(hits[j].group, |k| {
                                    t.used[k] = true;
                                    hits[k].group
                                });
                                let gj = &self.groups[gj_index];
                                let w = gj.weight * gi.pair_factor;
                                if !t.pair_names.contains(&(hits[i].group, hits[j].group)) {
                                    t.pair_names.push((hits[i].group, hits[j].group));
                                    t.symptoms.push((w, hits[i].start));
                                    pair(
                                        &mut t.signals,
                                        i,
                                        j,
                                        self.pair_name(hits[i].group, gj_index),
                                    );
                                }
                                t.used[i] = true;
                                t.used[j] = true;
                                break;
                            }
                            GroupKind::Resolution if near(i, j, 1) => {
                                negate(t, i, j);
                                t.used[i] = true;
                                break;
                            }
                            GroupKind::Nearmiss if near(i, j, 2) => {
                                t.used[j] = true;
                                break;
                            }
                            _ => {}
                        }
                    }
                }
                GroupKind::Failure => {
                    // "stopped working again", "the issue is back": the
                    // resolution right after it is negated, as after a
                    // negator, when either side says so.
                    let negated = (i + 1..n)
                        .take_while(|&j| near(i, j, 0))
                        .find(|&j| self.kind(&hits[j]) == GroupKind::Resolution)
                        .filter(|&j| {
                            gi.negates_resolution || self.groups[hits[j].group].negated_by_failure
                        });
                    if let Some(j) = negated {
                        negate(t, i, j);
                    }
                    let mut paired = false;
                    // nearest action before, then nearest action after
                    let before = (0..i)
                        .rev()
                        .take_while(|&j| near(j, i, window))
                        .find(|&j| self.kind(&hits[j]) == GroupKind::Action);
                    let after = (i + 1..n)
                        .take_while(|&j| near(i, j, window))
                        .find(|&j| self.kind(&hits[j]) == GroupKind::Action);
                    for j in [before, after].into_iter().flatten() {
                        let gj = &self.groups[hits[j].group];
                        paired = true;
                        t.used[j] = true;
                        if !t.pair_names.contains(&(hits[i].group, hits[j].group)) {
                            t.pair_names.push((hits[i].group, hits[j].group));
                            t.symptoms.push((
                                gj.weight * gi.pair_factor,
                                hits[i].start.min(hits[j].start),
                            ));
                            pair(
                                &mut t.signals,
                                i,
                                j,
                                self.pair_name(hits[i].group, hits[j].group),
                            );
                        }
                    }
                    if paired {
                        t.used[i] = true;
                    }
                }
                GroupKind::Rotation => {
                    let cred = |j: &usize| {
                        let g = &self.groups[hits[*j].group];
                        g.kind == GroupKind::Action && g.credential
                    };
                    let after = (i + 1..n).take_while(|&j| near(i, j, window)).find(cred);
                    let before = (0..i).rev().take_while(|&j| near(j, i, 1)).find(cred);
                    if let Some(j) = after.or(before) {
                        t.rotation = true;
                        pair(
                            &mut t.signals,
                            i,
                            j,
                            self.pair_name(hits[i].group, hits[j].group),
                        );
                    }
                }
                _ => {}
            }
        }
    }

    /// Phase 2, stand-alone hits not consumed by a pair: symptoms, context
    /// (each group once), boosters, integrations named, and the kinds that
    /// pull the score down.
    fn singles(&self, hits: &[Hit], t: &mut Tally) {
        for (i, h) in hits.iter().enumerate() {
            let g = &self.groups[h.group];
            let once = !t.counted.contains(&h.group);
            let mut emit = true;
            match g.kind {
                GroupKind::Negator | GroupKind::Mask | GroupKind::Rotation => emit = false,
                GroupKind::Action => {
                    emit = !t.used[i] && g.context > 0.0;
                    if emit && once {
                        t.context += g.context;
                    }
                }
                GroupKind::Failure => {
                    emit = !t.used[i] && g.weight > 0.0;
                    if emit {
                        t.symptoms.push((g.weight, h.start));
                    }
                }
                GroupKind::Symptom | GroupKind::Error | GroupKind::Http => {
                    if once {
                        t.symptoms.push((g.weight, h.start));
                    }
                }
                GroupKind::Integration => {
                    if once {
                        t.context += g.weight;
                    }
                    if let Some(it) = g.integration {
                        t.name(it, h.start);
                    }
                }
                GroupKind::Context => {
                    if once {
                        t.context += g.weight;
                    }
                }
                GroupKind::Booster => {
                    if once {
                        t.boost += g.weight;
                    }
                }
                GroupKind::Resolution
                | GroupKind::Nearmiss
                | GroupKind::Question
                | GroupKind::Hypothetical
                | GroupKind::Request
                | GroupKind::Billing
                | GroupKind::Praise => {
                    emit = !t.used[i];
                    if emit && once {
                        t.negative.push((g.kind, g.weight, h.start));
                    }
                }
            }
            if once {
                t.counted.push(h.group);
            }
            if emit {
                t.signals.push(Signal {
                    name: g.signal.clone(),
                    start: h.start,
                    end: h.end,
                });
            }
        }
    }

    /// Phase 3, pasted secrets: context, the integration their shape
    /// implies, and a signal each.
    fn secrets(&self, found: &[Found], t: &mut Tally) {
        if !found.is_empty() {
            t.context += self.s.secret_context;
        }
        for f in found {
            if let Some(it) = f.integration {
                t.name(it, f.span.start);
            }
            t.signals.push(Signal {
                name: self.secret_name(f.span.kind),
                start: f.span.start,
                end: f.span.end,
            });
        }
    }

    /// Phase 4, the log-odds sum: the strongest symptom fully and the others
    /// in part (capped), capped context, boosters only with a symptom, and
    /// the negatives (a resolution before the last symptom counts less; a
    /// near miss counts less when a product is named).
    fn logit(&self, t: &mut Tally, named_product: bool) -> f32 {
        t.symptoms.sort_by(|a, b| b.0.total_cmp(&a.0));
        let last_symptom = t.symptoms.iter().map(|s| s.1).max();
        let symptom_total = match t.symptoms.split_first() {
            Some((first, rest)) => {
                let extra: f32 = rest.iter().map(|s| s.0).sum();
                (first.0 + self.s.extra_symptom_factor * extra).min(self.s.symptom_cap)
            }
            None => 0.0,
        };
        let mut z = self.s.bias + symptom_total + t.context.min(self.s.context_cap);
        if !t.symptoms.is_empty() {
            z += t.boost.min(self.s.booster_cap);
        }
        for &(kind, w, start) in &t.negative {
            z += match kind {
                GroupKind::Resolution => match last_symptom {
                    Some(ls) if ls > start => w * self.s.resolution_before_symptom_factor,
                    _ => w,
                },
                GroupKind::Nearmiss if named_product => w * self.s.nearmiss_with_integration_factor,
                _ => w,
            };
        }
        z
    }
}

/// What the phases of [`Scorer::score`] collect about one message.
struct Tally {
    /// Hits consumed by a pair or cancelled.
    used: Vec<bool>,
    signals: Vec<Signal>,
    /// (weight, start)
    symptoms: Vec<(f32, usize)>,
    rotation: bool,
    /// Pairs of groups already counted once.
    pair_names: Vec<(usize, usize)>,
    context: f32,
    boost: f32,
    /// (kind, weight, start)
    negative: Vec<(GroupKind, f32, usize)>,
    /// (integration, mentions, first start)
    integ: Vec<(Integration, u32, usize)>,
    /// Groups already counted once as context.
    counted: Vec<usize>,
}

/// A thread's [`Tally`] vectors between messages, emptied, so that scoring
/// allocates only the [`Detection`] it returns.
#[derive(Default)]
struct Spare {
    used: Vec<bool>,
    symptoms: Vec<(f32, usize)>,
    pair_names: Vec<(usize, usize)>,
    negative: Vec<(GroupKind, f32, usize)>,
    integ: Vec<(Integration, u32, usize)>,
    counted: Vec<usize>,
}

thread_local! {
    static SPARE: std::cell::Cell<Spare> = std::cell::Cell::default();
}

impl Tally {
    fn new(hits: usize, secrets: usize) -> Self {
        let mut spare = SPARE.take();
        spare.used.resize(hits, false);
        Self {
            used: spare.used,
            // About one signal per hit and secret, and one from the
            // exposure pass: usually a single allocation.
            signals: Vec::with_capacity(hits + secrets + 1),
            symptoms: spare.symptoms,
            rotation: false,
            pair_names: spare.pair_names,
            context: 0.0,
            boost: 0.0,
            negative: spare.negative,
            integ: spare.integ,
            counted: spare.counted,
        }
    }

    /// Hands the vectors back to this thread's [`Spare`], emptied.
    fn recycle(self) {
        let mut spare = Spare {
            used: self.used,
            symptoms: self.symptoms,
            pair_names: self.pair_names,
            negative: self.negative,
            integ: self.integ,
            counted: self.counted,
        };
        spare.used.clear();
        spare.symptoms.clear();
        spare.pair_names.clear();
        spare.negative.clear();
        spare.integ.clear();
        spare.counted.clear();
        SPARE.set(spare);
    }

    /// One mention of an integration at `start`.
    fn name(&mut self, it: Integration, start: usize) {
        match self.integ.iter_mut().find(|(x, _, _)| *x == it) {
            Some(e) => e.1 += 1,
            None => self.integ.push((it, 1, start)),
        }
    }

    /// A product Rekey supports wins over any other named with it ("the
    /// Google Sheets to ActiveCampaign zap stopped" is Rekey's case); then
    /// the most-mentioned wins, and ties go to the first named.
    fn integration(&mut self) -> Integration {
        self.integ.sort_by(|a, b| {
            (b.0.is_supported().cmp(&a.0.is_supported()))
                .then(b.1.cmp(&a.1))
                .then(a.2.cmp(&b.2))
        });
        self.integ.first().map_or(Integration::Unknown, |e| e.0)
    }
}
