/// The one stylesheet, served from /static/style.css (the Content-Security-Policy allows no inline style).
enum Stylesheet {
    static let css = """
        body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
        header { background: #1d2b3a; color: #fff; padding: .5rem 1rem; }
        header nav { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        header a { color: #fff; }
        .brand { font-weight: 700; text-decoration: none; }
        .who { margin-left: auto; opacity: .85; }
        main { max-width: 72rem; margin: 1rem auto; padding: 0 1rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        .counts { display: flex; gap: .75rem; flex-wrap: wrap; padding: 0; list-style: none; }
        .counts li { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .2rem .6rem; }
        .status { font-size: .85em; padding: 0 .4rem; border-radius: 3px; background: #e8e8ed; white-space: nowrap; }
        .status-verified { background: #d8f5dc; } .status-false, .status-misleading { background: #fbdada; }
        .status-disputed { background: #fdf0c8; } .status-in-review { background: #dde9fb; }
        form.filters, section form { display: flex; gap: .5rem; flex-wrap: wrap; align-items: end; margin: .5rem 0; }
        form.inline { display: inline; }
        label { display: flex; flex-direction: column; font-size: .85em; }
        section { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .5rem 1rem; margin: 1rem 0; }
        .error { color: #a00; background: #fff0f0; border-left: 3px solid #a00; padding: .3rem .6rem; }
        .notice { background: #fffbe6; border-left: 3px solid #c90; padding: .3rem .6rem; }
        .claim-text { font-size: 1.15em; }
        .context { color: #555; }
        mark { background: #ffe58a; }
        .article-body { white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid #ddd; }
        .article-body a.claim { color: inherit; text-decoration: none; border-bottom: 2px solid #7aa7e0; background: #eef4fd; }
        .withdrawn { color: #888; text-decoration: line-through; }
        """
}
