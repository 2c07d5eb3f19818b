package io.tanggap.textanalytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tiny copy of the data sets' layout and formats, for training in tests. */
final class TrainingFixture {

	private static final String[] POSITIVE = { "makanannya enak sekali", "pelayanan ramah dan cepat", "tempatnya bersih dan nyaman",
			"harga murah rasa mantap", "saya puas sekali", "kopinya enak banget", "sangat memuaskan", "tidak mengecewakan" };
	private static final String[] NEGATIVE = { "makanannya tidak enak", "pelayanan lambat dan jutek", "kamar kotor dan bau",
			"harga mahal sekali", "saya kecewa berat", "tidak akan kembali lagi", "sangat buruk", "kurang bersih" };
	private static final String[] NEUTRAL = { "toko buka jam sembilan", "saya datang hari senin", "menu ada di meja",
			"besok ada rapat", "alamat di jalan sudirman", "paket dikirim hari ini" };

	private TrainingFixture() {
	}

	static Path write(Path data) throws IOException {
		List<String> train = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (String t : POSITIVE) {
				train.add(t + (round > 0 ? " " + round : "") + "\tpositive");
			}
			for (String t : NEGATIVE) {
				train.add(t + (round > 0 ? " " + round : "") + "\tnegative");
			}
			for (String t : NEUTRAL) {
				train.add(t + (round > 0 ? " " + round : "") + "\tneutral");
			}
		}
		write(data.resolve("id-sentiment-smsa/train.tsv"), train);
		write(data.resolve("id-sentiment-smsa/valid.tsv"), List.of("enak sekali\tpositive", "kotor sekali\tnegative", "hari senin\tneutral"));
		List<String> english = List.of("id,text,label", "1,Great food and friendly staff,positive", "2,\"Rude, slow and dirty\",negative",
				"3,The shop opens at nine,neutral", "4,I love it,positive", "5,Terrible service,negative", "6,We came on Monday,neutral");
		write(data.resolve("en-sentiment-nusax/train.csv"), english);
		write(data.resolve("en-sentiment-nusax/valid.csv"), english);
		write(data.resolve("en-lexicon-vader/vader_lexicon.txt"), List.of("great\t3.1\t0.9\t[3, 3]", "friendly\t2.2\t0.6\t[2, 2]",
				"love\t3.2\t0.4\t[3, 3]", "rude\t-2.0\t0.8\t[-2, -2]", "terrible\t-2.1\t0.8\t[-2, -2]", "dirty\t-1.9\t0.6\t[-2, -2]",
				"smiling\t1.6\t0.6\t[2, 1]", "angry\t-2.3\t0.6\t[-2, -3]", ":)\t2.0\t1.0\t[2, 2]"));
		write(data.resolve("en-lexicon-vader/emoji_utf8_lexicon.txt"), List.of("😀\tsmiling face", "😡\tangry face", "🚗\tcar"));
		for (String split : List.of("train", "valid")) {
			write(data.resolve("id-aspects-hoasa/" + split + ".csv"), List.of("review,ac,air_panas,bau,general,kebersihan,linen,service,sunrise_meal,tv,wifi",
					"kamar bersih tapi ac rusak,neg,neut,neut,neut,pos,neut,neut,neut,neut,neut",
					"pelayanan ramah,neut,neut,neut,neut,neut,neut,pos,neut,neut,neut",
					"kamar kotor dan bau,neut,neut,neg,neut,neg,neut,neut,neut,neut,neut"));
			write(data.resolve("id-aspects-casa/" + split + ".csv"), List.of("sentence,fuel,machine,others,part,price,service",
					"harga mahal tapi mesin halus,neutral,positive,neutral,neutral,negative,neutral"));
		}
		return data;
	}

	private static void write(Path file, List<String> lines) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, lines);
	}
}
