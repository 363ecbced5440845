import filecmp

import pytest
from conftest import RAW

from framing import extract_corpus, read_corpus

dask = pytest.importorskip("dask")


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_dask_bag_extraction_identical_to_single_machine(tmp_path, scheduler):
    import dask.bag as db

    from framing.distributed import extract_bag

    extract_corpus(RAW, tmp_path / "local")
    bag = db.from_sequence(list(read_corpus(RAW)), npartitions=3)
    extract_bag(bag, tmp_path / "dask", scheduler=scheduler)
    names = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "dask").iterdir())
    for name in names:
        assert filecmp.cmp(tmp_path / "local" / name, tmp_path / "dask" / name, shallow=False), name


def test_dataframe_of_articles(tmp_path):
    import pandas as pd

    from framing.distributed import extract_bag, frame_to_bag

    arts = list(read_corpus(RAW))
    frame = pd.DataFrame({"doc": [a.id for a in arts], "body": [a.text for a in arts]})
    try:  # a partitioned Dask DataFrame where dask[dataframe] (pyarrow) is installed
        import dask.dataframe as dd

        frame = dd.from_pandas(frame, npartitions=2)
    except ImportError:
        pass
    extract_bag(frame_to_bag(frame, columns={"id": "doc", "text": "body"}), tmp_path / "dask", scheduler="threads")
    extract_corpus(RAW, tmp_path / "local")
    assert filecmp.cmp(tmp_path / "local" / "statements.csv", tmp_path / "dask" / "statements.csv", shallow=False)
