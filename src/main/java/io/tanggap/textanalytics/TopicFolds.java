package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Cross-validation folds that hold out whole topics, so that a fold's comments are about things
 * the model trained without: the texts are grouped into topics by spherical k-means (k-means++
 * seeding, cosine similarity) over their TF-IDF word vectors (words in at least three and at most
 * 30 % of the texts, common words left out), and each topic, the largest first, goes to the fold
 * that has the fewest texts so far. A model that learnt topics instead of sentiment ("jokowi",
 * "indosat") scores much lower here than in ordinary cross-validation; that is how the held-out
 * test data of the public benchmarks differ from their train and valid splits.
 * <p>
 * Written here rather than taken from commons-math3, whose k-means needs dense points: 11,000
 * texts by 8,000 words. Deterministic: the same texts and seed give the same folds.
 */
final class TopicFolds {

	private static final int ROUNDS = 30;

	private TopicFolds() {
	}

	/**
	 * @param texts the texts as normalised words
	 * @param common words that say nothing of the topic (stop words)
	 * @return each text's fold, 0 to {@code folds} - 1
	 */
	static int[] of(List<Tokens> texts, Set<String> common, int topics, int folds, long seed) {
		int[] topic = topics(vectors(texts, common), topics, seed);
		int[] size = new int[topics];
		for (int t : topic) {
			size[t]++;
		}
		Integer[] largestFirst = new Integer[topics];
		Arrays.setAll(largestFirst, t -> t);
		Arrays.sort(largestFirst, (a, b) -> size[b] != size[a] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
		int[] foldOfTopic = new int[topics];
		int[] load = new int[folds];
		for (int t : largestFirst) {
			int lightest = 0;
			for (int f = 1; f < folds; f++) {
				if (load[f] < load[lightest]) {
					lightest = f;
				}
			}
			foldOfTopic[t] = lightest;
			load[lightest] += size[t];
		}
		int[] fold = new int[texts.size()];
		for (int i = 0; i < fold.length; i++) {
			fold[i] = foldOfTopic[topic[i]];
		}
		return fold;
	}

	/** A text as unit-length TF-IDF weights of the words of the vocabulary, by word number. */
	private record Vector(int[] words, float[] weights) {
	}

	/** The texts' vectors and the number of words in the vocabulary. */
	private record Vectors(List<Vector> texts, int dimensions) {
	}

	private static Vectors vectors(List<Tokens> texts, Set<String> common) {
		List<Map<String, Integer>> counts = new ArrayList<>();
		Map<String, Integer> textsWith = new HashMap<>();
		for (Tokens tokens : texts) {
			Map<String, Integer> count = new HashMap<>();
			for (int i = 0; i < tokens.size(); i++) {
				String word = tokens.get(i);
				if (!Tokens.isBreak(word) && word.length() > 1 && !common.contains(word)) {
					count.merge(word, 1, Integer::sum);
				}
			}
			count.keySet().forEach(word -> textsWith.merge(word, 1, Integer::sum));
			counts.add(count);
		}
		int n = texts.size();
		Map<String, Integer> number = new HashMap<>();
		textsWith.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getValue() <= 0.3 * n).map(Map.Entry::getKey).sorted()
			.forEach(word -> number.put(word, number.size()));
		List<Vector> vectors = new ArrayList<>();
		for (Map<String, Integer> count : counts) {
			List<String> words = count.keySet().stream().filter(number::containsKey).sorted().toList();
			int[] ids = new int[words.size()];
			float[] weights = new float[words.size()];
			double norm = 0;
			for (int k = 0; k < ids.length; k++) {
				String word = words.get(k);
				ids[k] = number.get(word);
				double idf = Math.log((1.0 + n) / (1.0 + textsWith.get(word))) + 1;
				weights[k] = (float) ((1 + Math.log(count.get(word))) * idf);
				norm += weights[k] * weights[k];
			}
			for (int k = 0; k < ids.length; k++) {
				weights[k] /= (float) Math.sqrt(norm);
			}
			vectors.add(new Vector(ids, weights));
		}
		return new Vectors(vectors, number.size());
	}

	/** Spherical k-means: each text's topic. */
	private static int[] topics(Vectors vectors, int topics, long seed) {
		int dimensions = vectors.dimensions();
		List<Vector> texts = vectors.texts();
		float[][] centres = seeds(texts, topics, dimensions, new Random(seed));
		int[] topic = new int[texts.size()];
		for (int round = 0; round < ROUNDS; round++) {
			boolean moved = false;
			for (int i = 0; i < texts.size(); i++) {
				int best = nearest(texts.get(i), centres);
				moved |= best != topic[i] || round == 0;
				topic[i] = best;
			}
			if (!moved) {
				break;
			}
			for (int t = 0; t < topics; t++) {
				float[] centre = new float[dimensions];
				boolean any = false;
				for (int i = 0; i < texts.size(); i++) {
					if (topic[i] == t) {
						add(texts.get(i), centre);
						any = true;
					}
				}
				if (any && normalise(centre)) {
					centres[t] = centre; // a topic left without texts keeps its centre
				}
			}
		}
		return topic;
	}

	/** k-means++ seeding with the cosine distance. */
	private static float[][] seeds(List<Vector> texts, int topics, int dimensions, Random random) {
		float[][] centres = new float[topics][];
		double[] distance = new double[texts.size()];
		Arrays.fill(distance, Double.MAX_VALUE);
		Set<Integer> chosen = new HashSet<>();
		int next = random.nextInt(texts.size());
		for (int t = 0; t < topics; t++) {
			chosen.add(next);
			centres[t] = new float[dimensions];
			add(texts.get(next), centres[t]);
			double total = 0;
			for (int i = 0; i < texts.size(); i++) {
				distance[i] = Math.min(distance[i], 1 - dot(texts.get(i), centres[t]));
				total += distance[i] * distance[i];
			}
			double target = random.nextDouble() * total;
			next = -1;
			for (int i = 0; i < texts.size() && next < 0; i++) {
				target -= distance[i] * distance[i];
				if (target <= 0 && !chosen.contains(i) && texts.get(i).words().length > 0) {
					next = i;
				}
			}
			if (next < 0) {
				next = random.nextInt(texts.size());
			}
		}
		return centres;
	}

	private static int nearest(Vector text, float[][] centres) {
		int best = 0;
		double bestSimilarity = -1;
		for (int t = 0; t < centres.length; t++) {
			double similarity = dot(text, centres[t]);
			if (similarity > bestSimilarity) {
				bestSimilarity = similarity;
				best = t;
			}
		}
		return best;
	}

	private static double dot(Vector text, float[] centre) {
		double sum = 0;
		for (int k = 0; k < text.words().length; k++) {
			sum += text.weights()[k] * centre[text.words()[k]];
		}
		return sum;
	}

	private static void add(Vector text, float[] centre) {
		for (int k = 0; k < text.words().length; k++) {
			centre[text.words()[k]] += text.weights()[k];
		}
	}

	private static boolean normalise(float[] centre) {
		double norm = 0;
		for (float v : centre) {
			norm += v * v;
		}
		if (norm == 0) {
			return false;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int k = 0; k < centre.length; k++) {
			centre[k] *= scale;
		}
		return true;
	}
}
