package io.tanggap.textanalytics;

import java.util.List;

/** The shipped default CX taxonomy. */
final class DefaultThemes {

	static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
			new Theme("waiting_time", "Waktu tunggu", "Waiting time", List.of("lama", "antri", "antre", "cepat", "wait", "slow", "queue")),
			new Theme("staff", "Sikap dan layanan staf", "Staff attitude and service", List.of("pelayan", "pelayanan", "staf", "kasir", "ramah", "jutek", "staff", "service", "friendly", "rude")),
			new Theme("product_quality", "Kualitas produk atau makanan", "Product or food quality", List.of("makanan", "makanannya", "rasa", "enak", "kopi", "food", "taste", "coffee")),
			new Theme("price", "Harga dan nilai", "Price and value", List.of("harga", "mahal", "murah", "price", "expensive", "cheap")),
			new Theme("cleanliness", "Kebersihan", "Cleanliness", List.of("bersih", "kotor", "kebersihan", "clean", "dirty")),
			new Theme("delivery", "Pengiriman", "Delivery", List.of("kirim", "pengiriman", "kurir", "paket", "delivery", "courier")),
			new Theme("payment", "Pembayaran", "Payment", List.of("bayar", "pembayaran", "qris", "payment", "pay")),
			new Theme("app_website", "Aplikasi atau situs", "App or website", List.of("aplikasi", "app", "website", "situs")),
			new Theme("facilities", "Fasilitas", "Facilities", List.of("fasilitas", "wifi", "ac", "toilet", "facilities")),
			new Theme("location_parking", "Lokasi dan parkir", "Location and parking", List.of("lokasi", "parkir", "location", "parking")),
			new Theme("communication", "Komunikasi", "Communication", List.of("info", "informasi", "respon", "balas", "communication", "reply"))));

	private DefaultThemes() {
	}
}
