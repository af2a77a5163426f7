"""The Spark job of `cargo xtask spark-check`: JSON Lines articles through `nutgraf` with
RDD.pipe, in Spark's local mode with two worker threads.

    python pipe.py NUTGRAF INPUT OUTPUT [PARTITIONS]

ships the NUTGRAF binary to the executors (SparkContext.addFile), reads INPUT in at least
PARTITIONS partitions (default 4), pipes every partition through
`nutgraf summarize --jsonl --threads 1` (one process per partition, one line out per line in,
in order) and writes the output lines, in input order, to OUTPUT. The checks are in
xtask/src/spark_check.rs.
"""

import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def main():
    binary, src, dst = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("nutgraf-spark-check")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext

    # Ship the binary as a cluster job would (spark-submit --files nutgraf does the same):
    # executors fetch it into their working folder; SparkFiles.get gives its path.
    sc.addFile(binary)
    nutgraf = SparkFiles.get("nutgraf")

    articles = sc.textFile(src, minPartitions=partitions)
    reports = articles.pipe(f"{nutgraf} summarize --jsonl --threads 1")
    lines = reports.collect()

    with open(dst, "w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            out.write(line + "\n")
    print(
        f"spark={spark.version} partitions={articles.getNumPartitions()} "
        f"lines_in={articles.count()} lines_out={len(lines)}"
    )
    spark.stop()


if __name__ == "__main__":
    main()
