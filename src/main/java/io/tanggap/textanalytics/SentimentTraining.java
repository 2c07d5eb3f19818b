package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains the Indonesian sentiment model: L2-regularised logistic regression, one sentiment against
 * the rest (LIBLINEAR), on {@link SentimentFeatures}; cross-validates it; and calibrates the
 * temperature of its probabilities on the cross-validated scores. Deterministic: the same texts,
 * settings and seed give the same model.
 * @param cost LIBLINEAR's C, the inverse of the regularisation strength
 * @param neutralWeight the weight of a neutral text's loss relative to the others', for the
 *        smaller neutral class
 */
record SentimentTraining(double cost, double neutralWeight) {

	/**
	 * The settings chosen by 5-fold cross-validation on SmSA train, with random folds and with folds
	 * that hold out whole topics ({@link TopicFolds}; see README, "Text analytics").
	 */
	static final SentimentTraining CHOSEN = new SentimentTraining(4.0, 1.0);

	static {
		Linear.disableDebugOutput();
	}

	/** Trains on all the texts, with temperature 1. */
	LinearModel train(List<FeatureVector> x, List<Sentiment> y) {
		Problem problem = new Problem();
		problem.l = x.size();
		problem.n = SentimentFeatures.DIMENSIONS + 1;
		problem.bias = 1;
		problem.x = new Feature[x.size()][];
		problem.y = new double[x.size()];
		for (int i = 0; i < x.size(); i++) {
			problem.x[i] = nodes(x.get(i));
			problem.y[i] = y.get(i).ordinal();
		}
		Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.005);
		parameter.setWeights(new double[] { 1, neutralWeight, 1 }, new int[] { 0, 1, 2 });
		Linear.resetRandom();
		Model model = Linear.train(problem, parameter);
		return weights(model);
	}

	private static Feature[] nodes(FeatureVector v) {
		Feature[] nodes = new Feature[v.size + 1];
		for (int k = 0; k < v.size; k++) {
			nodes[k] = new FeatureNode(v.indices[k] + 1, v.values[k]);
		}
		nodes[v.size] = new FeatureNode(SentimentFeatures.DIMENSIONS + 1, 1);
		return nodes;
	}

	private static LinearModel weights(Model model) {
		int dimensions = SentimentFeatures.DIMENSIONS;
		double[] w = model.getFeatureWeights();
		int[] labels = model.getLabels();
		int classes = model.getNrClass();
		float[] weights = new float[dimensions * LinearModel.CLASSES];
		float[] bias = new float[LinearModel.CLASSES];
		for (int c = 0; c < classes; c++) {
			int sentiment = labels[c];
			for (int f = 0; f < dimensions; f++) {
				weights[f * LinearModel.CLASSES + sentiment] = (float) w[f * classes + c];
			}
			bias[sentiment] = (float) w[dimensions * classes + c];
		}
		return new LinearModel(dimensions, weights, bias, 1f);
	}

	/** Out-of-fold scores of {@code folds}-fold cross-validation, stratified, shuffled by {@code seed}. */
	double[][] crossValidate(List<FeatureVector> x, List<Sentiment> y, int folds, long seed) {
		return crossValidate(x, y, folds(y, folds, seed), folds);
	}

	/** Out-of-fold scores of cross-validation with the given folds (each text's fold, 0 to {@code folds} - 1). */
	double[][] crossValidate(List<FeatureVector> x, List<Sentiment> y, int[] fold, int folds) {
		double[][] scores = new double[x.size()][LinearModel.CLASSES];
		for (int f = 0; f < folds; f++) {
			List<FeatureVector> trainX = new ArrayList<>();
			List<Sentiment> trainY = new ArrayList<>();
			for (int i = 0; i < x.size(); i++) {
				if (fold[i] != f) {
					trainX.add(x.get(i));
					trainY.add(y.get(i));
				}
			}
			LinearModel model = train(trainX, trainY);
			for (int i = 0; i < x.size(); i++) {
				if (fold[i] == f) {
					model.scores(x.get(i), scores[i]);
				}
			}
		}
		return scores;
	}

	/** Assigns each text a fold so that every fold has about the same share of each sentiment. */
	static int[] folds(List<Sentiment> y, int folds, long seed) {
		Random random = new Random(seed);
		int[] fold = new int[y.size()];
		for (Sentiment s : Sentiment.values()) {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < y.size(); i++) {
				if (y.get(i) == s) {
					members.add(i);
				}
			}
			java.util.Collections.shuffle(members, random);
			for (int k = 0; k < members.size(); k++) {
				fold[members.get(k)] = k % folds;
			}
		}
		return fold;
	}

	/** The temperature that gives the scores the smallest log loss, searched on a grid 0.2..5. */
	static float temperature(double[][] scores, List<Sentiment> y) {
		float best = 1f;
		double bestLoss = Double.MAX_VALUE;
		double[] p = new double[LinearModel.CLASSES];
		for (int step = 0; step <= 96; step++) {
			float t = (float) (0.2 * Math.pow(25, step / 96.0));
			double loss = 0;
			for (int i = 0; i < scores.length; i++) {
				System.arraycopy(scores[i], 0, p, 0, LinearModel.CLASSES);
				LinearModel.softmax(p, t);
				loss -= Math.log(Math.max(p[y.get(i).ordinal()], 1e-12));
			}
			if (loss < bestLoss) {
				bestLoss = loss;
				best = t;
			}
		}
		return best;
	}
}
